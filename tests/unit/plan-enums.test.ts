// The plans are stated twice by necessity: in the database's enums (db is the bottom layer) and in
// the pure module the browser imports (web never imports db). These keep the two the same.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { subscriptionStatus, tier } from '@/db/schema/billing';
import { planLimits, planTiers, type SubscriptionStatus } from '@/domain/billing/plans';

describe('plans and the database enums', () => {
  it('name the same tiers, each with its limits, and the same subscription statuses', () => {
    expect([...planTiers]).toEqual(tier.enumValues);
    expect(Object.keys(planLimits).sort()).toEqual([...tier.enumValues].sort());
    expectTypeOf<(typeof subscriptionStatus.enumValues)[number]>().toEqualTypeOf<SubscriptionStatus>();
  });
});
