import { listActivity as listActivityRows } from '@/db/queries/activity';
import type { UserContext } from '../context';

export async function listActivity(ctx: UserContext, limit: number) {
  const rows = await listActivityRows(ctx.tx, limit);
  return rows.map((r) => ({ id: r.id, action: r.action, target: r.target, created_at: r.createdAt.toISOString() }));
}
