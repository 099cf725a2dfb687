// Where a student is in onboarding, from the profile's `onboarded_at` and `onboarding_step`.
import type { AcademicSystem } from '@/web/features/courses/types';

export const onboardingSteps = ['profile', 'system', 'courses', 'done', 'skipped'] as const;
export type OnboardingStep = (typeof onboardingSteps)[number];

/** The wizard's visible steps: 1 country and university, 2 system and term, 3 courses, 4 done. */
export type StepNumber = 1 | 2 | 3 | 4;
export const STEP_COUNT = 4;

export type OnboardingProfile = { onboarded_at: string | null; onboarding_step?: string | null };

/** The profile's step; absent on older profiles, which read as "not started". */
export function profileStep(profile: OnboardingProfile): OnboardingStep | null {
  const step = profile.onboarding_step;
  return (onboardingSteps as readonly unknown[]).includes(step) ? (step as OnboardingStep) : null;
}

export function isOnboarded(profile: OnboardingProfile): boolean {
  return profile.onboarded_at !== null || profileStep(profile) === 'done';
}

export function isSkipped(profile: OnboardingProfile): boolean {
  return !isOnboarded(profile) && profileStep(profile) === 'skipped';
}

/** True when the app should send the student to the wizard (not finished, not put off). */
export function needsOnboarding(profile: OnboardingProfile): boolean {
  return !isOnboarded(profile) && !isSkipped(profile);
}

/** The step to open on: where they left off (a skipped wizard reopens at its first step). */
export function resumeStep(profile: OnboardingProfile): StepNumber {
  switch (profileStep(profile)) {
    case 'system':
      return 2;
    case 'courses':
      return 3;
    case 'done':
      return 4;
    default:
      return 1;
  }
}

/** `onboarding_step` to save once a step is completed. */
export const nextStepName: Record<1 | 2 | 3, OnboardingStep> = { 1: 'system', 2: 'courses', 3: 'done' };

// "Skip for now" replaces the step on the server; the browser remembers where the student was so
// the dashboard's "resume" brings them back there.
const RESUME_KEY = 'courseflow:onboarding-resume-step';

export function rememberResumeStep(step: StepNumber): void {
  try {
    localStorage.setItem(RESUME_KEY, String(step));
  } catch {
    // Storage may be refused (private mode); resuming then starts at the first step.
  }
}

export function readResumeStep(): StepNumber | null {
  try {
    const n = Number(localStorage.getItem(RESUME_KEY));
    return n === 1 || n === 2 || n === 3 ? n : null;
  } catch {
    return null;
  }
}

export function forgetResumeStep(): void {
  try {
    localStorage.removeItem(RESUME_KEY);
  } catch {
    // Nothing to forget.
  }
}

/** What the wizard knows of the profile and updates as steps are saved. */
export type WizardProfile = { country: string; university: string | null; academic_system: AcademicSystem };
