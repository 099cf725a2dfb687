// The plans a student can be on (DESIGN §Billing) and what each allows. Billing's checkout and
// webhooks write a user's subscription; everything else asks this module what it allows. The
// plans differ so far in the largest file one may upload; the monthly limits come with billing.
export const planTiers = ['free', 'student', 'premium'] as const;
export type PlanTier = (typeof planTiers)[number];
export type SubscriptionStatus = 'trialing' | 'active' | 'past_due' | 'canceled';

const MB = 1024 * 1024;

export const planLimits: Record<PlanTier, { maxUploadBytes: number }> = {
  free: { maxUploadBytes: 50 * MB },
  student: { maxUploadBytes: 75 * MB },
  premium: { maxUploadBytes: 100 * MB },
};

/** The largest file any plan accepts: what the extraction pipeline must be able to read. */
export const LARGEST_UPLOAD_BYTES = Math.max(...planTiers.map((t) => planLimits[t].maxUploadBytes));

/**
 * The plan a subscription gives today. No subscription is the free plan; a canceled one falls back
 * to it. A trial counts as the plan tried, and a late payment keeps the plan while Stripe retries
 * (its dunning ends in `canceled`).
 */
export function effectivePlan(subscription: { tier: PlanTier; status: SubscriptionStatus } | undefined): PlanTier {
  if (!subscription || subscription.status === 'canceled') return 'free';
  return subscription.tier;
}

/** A byte limit in whole megabytes, as messages name it. */
export function megabytes(bytes: number): number {
  return Math.floor(bytes / MB);
}
