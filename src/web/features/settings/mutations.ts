'use client';

import { useMutation } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import { apiFetch } from '@/web/lib/api';

export const academicSystems = ['gpa', 'ects', 'uk_honours', 'percentage'] as const;
export type AcademicSystem = (typeof academicSystems)[number];

export type ProfilePatch = {
  full_name: string;
  university: string | null;
  preferred_locale: Locale;
  timezone: string;
  academic_system: AcademicSystem;
};

export function useUpdateProfile() {
  const locale = useLocale();
  return useMutation({
    mutationFn: (patch: ProfilePatch) => apiFetch<ProfilePatch>('/api/me', { method: 'PATCH', locale, body: patch }),
  });
}
