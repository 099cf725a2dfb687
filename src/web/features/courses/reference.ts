'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { apiFetch } from '@/web/lib/api';
import { queryKeys } from './query-keys';
import type { AcademicReference, SupportedCountry } from './types';

/** Reference data barely changes; keep it for the whole visit. */
const REFERENCE_STALE_MS = 60 * 60_000;

const noopSubscribe = () => () => {};

/** False while the server renders and while React hydrates; true afterwards. */
function useHydrated(): boolean {
  return useSyncExternalStore(noopSubscribe, () => true, () => false);
}

export type ReferenceResult = { data: AcademicReference | undefined; isPending: boolean; isError: boolean; error: unknown };

/**
 * Puts the server-rendered reference data of the signed-in student into the query cache before
 * anything renders, so "modules", "ECTS" or "term" appear in the first paint, not after a fetch.
 */
export function ReferenceSeed({ reference, children }: { reference: AcademicReference | null; children: ReactNode }) {
  const queryClient = useQueryClient();
  useState(() => {
    if (reference && !queryClient.getQueryData(queryKeys.reference(null))) queryClient.setQueryData(queryKeys.reference(null), reference);
    return null;
  });
  return children;
}

/**
 * The academic conventions of a country (the signed-in user's when `country` is omitted): system,
 * the words its students use, its terms and the current term's label.
 */
export function useReference(country?: string | null): ReferenceResult {
  const locale = useLocale();
  const hydrated = useHydrated();
  const key = country ? country.toUpperCase() : null;
  const query = useQuery({
    queryKey: queryKeys.reference(key),
    queryFn: ({ signal }) =>
      apiFetch<AcademicReference>(`/api/academic/reference${key ? `?country=${encodeURIComponent(key)}` : ''}`, { locale, signal }),
    staleTime: REFERENCE_STALE_MS,
  });
  // The student's own reference is seeded identically on the server and in the browser; another
  // country's may arrive mid-hydration, so it is held back until hydration is over.
  if (!hydrated && key !== null) return { data: undefined, isPending: true, isError: false, error: null };
  return { data: query.data, isPending: query.isPending, isError: query.isError, error: query.error };
}

/** Countries with reference data. */
export function useSupportedCountries() {
  const locale = useLocale();
  return useQuery({
    queryKey: queryKeys.countries,
    queryFn: ({ signal }) => apiFetch<{ data: SupportedCountry[] }>('/api/academic/countries', { locale, signal }),
    select: (body) => body.data,
    staleTime: REFERENCE_STALE_MS,
  });
}
