// Every protected handler is wrapped: resolve the caller's session in their home region, then run
// the handler inside an RLS transaction as that user. No session → 401.
import type { Context, MiddlewareHandler } from 'hono';
import type { ApiEnv } from './types';
import { getDb, withUserTx } from '@/db/client';
import type { UserContext } from '@/domain/context';
import { AppError } from '@/domain/errors';
import { resolveSession, type ResolvedSession } from '@/platform/session';

export type SessionContext = UserContext & { session: ResolvedSession };

/**
 * Route middleware: authenticates before the body is validated, so an anonymous caller always
 * gets 401, never a validation error that would describe the endpoint.
 */
export const authenticate: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const session = await resolveSession(c.req.raw.headers);
  if (!session) throw new AppError('UNAUTHENTICATED');
  c.set('session', session);
  await next();
};

/** Runs a handler body as the signed-in caller, inside their RLS transaction in their home cell. */
export async function withSession<R>(c: Context<ApiEnv>, handler: (ctx: SessionContext) => Promise<R>): Promise<R> {
  const session = c.get('session') ?? (await resolveSession(c.req.raw.headers));
  if (!session) throw new AppError('UNAUTHENTICATED');
  return withUserTx(getDb(session.region), session.userId, (tx) => handler({ userId: session.userId, region: session.region, tx, session }));
}
