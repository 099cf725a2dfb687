import { describe, expect, it } from 'vitest';
import { effectivePlan, LARGEST_UPLOAD_BYTES, megabytes, planLimits } from './plans';

describe('plans', () => {
  it('gives the subscribed plan while trialing, active or retrying a payment, and the free plan otherwise', () => {
    expect(effectivePlan(undefined)).toBe('free');
    expect(effectivePlan({ tier: 'student', status: 'trialing' })).toBe('student');
    expect(effectivePlan({ tier: 'premium', status: 'active' })).toBe('premium');
    expect(effectivePlan({ tier: 'premium', status: 'past_due' })).toBe('premium');
    expect(effectivePlan({ tier: 'premium', status: 'canceled' })).toBe('free');
  });

  it('lets a higher plan upload more, up to what extraction reads', () => {
    expect(megabytes(planLimits.free.maxUploadBytes)).toBe(50);
    expect(planLimits.student.maxUploadBytes).toBeGreaterThan(planLimits.free.maxUploadBytes);
    expect(planLimits.premium.maxUploadBytes).toBeGreaterThan(planLimits.student.maxUploadBytes);
    expect(LARGEST_UPLOAD_BYTES).toBe(planLimits.premium.maxUploadBytes);
  });
});
