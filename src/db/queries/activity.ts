import { desc, sql } from 'drizzle-orm';
import type { Tx } from '../client';
import { auditLog } from '../schema';

/** Through record_activity(): a user can add entries only for themselves. */
export async function recordActivity(tx: Tx, action: string, target: string | null, metadata?: Record<string, unknown>): Promise<void> {
  await tx.execute(sql`select public.record_activity(${action}, ${target}, ${metadata ? JSON.stringify(metadata) : null}::jsonb)`);
}

export function listActivity(tx: Tx, limit: number) {
  return tx
    .select({ id: auditLog.id, action: auditLog.action, target: auditLog.target, createdAt: auditLog.createdAt })
    .from(auditLog)
    .orderBy(desc(auditLog.createdAt))
    .limit(limit);
}
