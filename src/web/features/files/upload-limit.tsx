'use client';

// The largest file the student's plan accepts, for the upload queue's checks: from the profile the
// page was rendered with, then read again whenever the student comes back to the tab, so a plan
// bought or canceled elsewhere (Stripe's checkout in another tab) applies without a reload.
import { useQuery } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { createContext, useContext, type ReactNode } from 'react';
import type { z } from 'zod';
import type { profileSchema } from '@/domain/profile/schemas';
import { apiFetch } from '@/web/lib/api';

const UploadLimit = createContext<number | null>(null);

export function UploadLimitProvider({ maxBytes, children }: { maxBytes: number; children: ReactNode }) {
  const locale = useLocale();
  const { data } = useQuery({
    queryKey: ['me', 'upload-limit'],
    queryFn: async () => (await apiFetch<z.infer<typeof profileSchema>>('/api/me', { locale })).plan.max_upload_bytes,
    initialData: maxBytes,
    refetchOnWindowFocus: 'always',
  });
  return <UploadLimit.Provider value={data}>{children}</UploadLimit.Provider>;
}

export function useUploadLimit(): number {
  const maxBytes = useContext(UploadLimit);
  if (maxBytes === null) throw new Error('useUploadLimit outside UploadLimitProvider');
  return maxBytes;
}
