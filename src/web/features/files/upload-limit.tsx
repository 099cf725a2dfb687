'use client';

// The largest file the student's plan accepts, from their profile, for the upload queue's checks.
import { createContext, useContext, type ReactNode } from 'react';

const UploadLimit = createContext<number | null>(null);

export function UploadLimitProvider({ maxBytes, children }: { maxBytes: number; children: ReactNode }) {
  return <UploadLimit.Provider value={maxBytes}>{children}</UploadLimit.Provider>;
}

export function useUploadLimit(): number {
  const maxBytes = useContext(UploadLimit);
  if (maxBytes === null) throw new Error('useUploadLimit outside UploadLimitProvider');
  return maxBytes;
}
