// The caller's subscription, as billing records it (RLS: only their own row).
import { sql } from 'drizzle-orm';
import type { Tx } from '../client';
import type { subscriptions } from '../schema';

type SubscriptionRow = typeof subscriptions.$inferSelect;

export async function findSubscription(tx: Tx): Promise<Pick<SubscriptionRow, 'tier' | 'status'> | undefined> {
  const { rows } = await tx.execute<Pick<SubscriptionRow, 'tier' | 'status'>>(sql`select tier, status from subscriptions where user_id = auth.uid()`);
  return rows[0];
}
