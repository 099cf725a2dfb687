'use client';

// The largest file the student's plan accepts, for the upload queue's checks: from the profile the
// page was rendered with, then read again whenever the student comes back to a tab that can upload
// (one small GET /api/me), so a plan bought or canceled elsewhere (Stripe's checkout in another
// tab) applies without a reload.
import { useQuery } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { createContext, useContext, type ReactNode } from 'react';
import type { ProfileDto } from '@/domain/profile/schemas';
import { apiFetch } from '@/web/lib/api';

const UploadLimit = createContext<number | null>(null);

export function UploadLimitProvider({ maxBytes, children }: { maxBytes: number; children: ReactNode }) {
  return <UploadLimit.Provider value={maxBytes}>{children}</UploadLimit.Provider>;
}

export function useUploadLimit(): number {
  const rendered = useContext(UploadLimit);
  const locale = useLocale();
  const { data } = useQuery({
    queryKey: ['me', 'upload-limit'],
    queryFn: async () => (await apiFetch<ProfileDto>('/api/me', { locale })).plan.max_upload_bytes,
    initialData: rendered ?? undefined,
    refetchOnWindowFocus: 'always',
    enabled: rendered !== null,
  });
  if (rendered === null || data === undefined) throw new Error('useUploadLimit outside UploadLimitProvider');
  return data;
}
