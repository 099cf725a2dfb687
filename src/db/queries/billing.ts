// The caller's subscription, as billing records it (RLS: only their own row).
import { sql } from 'drizzle-orm';
import type { Tx } from '../client';
import type { subscriptions } from '../schema';

/** What a subscription says about the plan: which one, and in what state. */
export type SubscriptionPlan = Pick<typeof subscriptions.$inferSelect, 'tier' | 'status'>;

export async function findSubscription(tx: Tx): Promise<SubscriptionPlan | undefined> {
  const { rows } = await tx.execute<SubscriptionPlan>(sql`select tier, status from subscriptions where user_id = auth.uid()`);
  return rows[0];
}
