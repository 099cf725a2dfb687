import { describe, expect, it } from 'vitest';
import { isOnboarded, isSkipped, needsOnboarding, resumeStep } from './onboarding-state';

describe('onboarding state', () => {
  it('sends a new student to the wizard and resumes at the saved step', () => {
    expect(needsOnboarding({ onboarded_at: null, onboarding_step: null })).toBe(true);
    expect(needsOnboarding({ onboarded_at: null })).toBe(true);
    expect(resumeStep({ onboarded_at: null, onboarding_step: 'system' })).toBe(2);
    expect(resumeStep({ onboarded_at: null, onboarding_step: 'courses' })).toBe(3);
    expect(resumeStep({ onboarded_at: null, onboarding_step: 'bogus' })).toBe(1);
  });

  it('leaves a student alone once they skipped or finished', () => {
    expect(needsOnboarding({ onboarded_at: null, onboarding_step: 'skipped' })).toBe(false);
    expect(isSkipped({ onboarded_at: null, onboarding_step: 'skipped' })).toBe(true);
    expect(isOnboarded({ onboarded_at: '2026-10-01T00:00:00Z', onboarding_step: 'skipped' })).toBe(true);
    expect(needsOnboarding({ onboarded_at: '2026-10-01T00:00:00Z', onboarding_step: null })).toBe(false);
    expect(isOnboarded({ onboarded_at: null, onboarding_step: 'done' })).toBe(true);
  });
});
