'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { queryKeys } from '@/web/features/courses/query-keys';
import { apiFetch } from '@/web/lib/api';

export type ActivityItem = { id: string; action: string; target: string | null; created_at: string };

const ACTIVITY_LIMIT = 10;

/** The student's latest actions, newest first. */
export function useActivity() {
  const locale = useLocale();
  return useQuery({
    queryKey: queryKeys.activity,
    queryFn: async ({ signal }) =>
      (await apiFetch<{ data: ActivityItem[] }>(`/api/activity?limit=${ACTIVITY_LIMIT}`, { locale, signal })).data,
  });
}
