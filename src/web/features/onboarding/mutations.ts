'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { queryKeys } from '@/web/features/courses/query-keys';
import type { AcademicSystem } from '@/web/features/courses/types';
import { apiFetch } from '@/web/lib/api';
import type { OnboardingStep } from './onboarding-state';

export type OnboardingPatch = {
  country?: string;
  university?: string | null;
  academic_system?: AcademicSystem;
  onboarding_step?: OnboardingStep;
};

/** Saves a wizard step with PATCH /api/me, so a student can leave and resume where they were. */
export function useOnboardingPatch() {
  const locale = useLocale();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: OnboardingPatch) => apiFetch<unknown>('/api/me', { method: 'PATCH', locale, body: patch }),
    onSuccess: (_profile, patch) => {
      // A new country or system changes the user's reference data and how grades read.
      if (patch.country || patch.academic_system) {
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: queryKeys.academic }),
          queryClient.invalidateQueries({ queryKey: queryKeys.grades }),
        ]);
      }
      if (patch.onboarding_step === 'done') return queryClient.invalidateQueries({ queryKey: queryKeys.activity });
    },
  });
}
