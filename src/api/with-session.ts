// Every protected route runs `authenticate` first: it resolves the caller's session in their home
// region and opens their RLS transaction on the same connection for the rest of the request, so
// an anonymous caller gets 401 before any validation, and handlers only ever see their own rows.
import type { Context, MiddlewareHandler } from 'hono';
import type { Tx } from '@/db/client';
import type { UserContext } from '@/domain/context';
import { AppError } from '@/domain/errors';
import { logger } from '@/platform/logger';
import { resolveSession, withSessionTransaction, type ResolvedSession } from '@/platform/session';
import type { ApiEnv } from './types';

export type SessionContext = UserContext & { session: ResolvedSession };

/** Raised inside the transaction so that a handler's error response also rolls it back. */
class HandlerFailed extends Error {}

export const authenticate: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const pending: (() => Promise<void>)[] = [];
  c.set('afterCommit', pending);
  let committed = true;
  const outcome = await withSessionTransaction(c.req.raw.headers, async (session, tx) => {
    c.set('session', session);
    c.set('tx', tx);
    await next();
    // Hono turned a handler's error into a response already; undo its writes all the same.
    if (c.error) throw new HandlerFailed();
  }).catch((err) => {
    if (!(err instanceof HandlerFailed)) throw err;
    committed = false;
    return { result: undefined };
  });
  if (!outcome) throw new AppError('UNAUTHENTICATED');
  if (!committed) return;
  for (const fn of pending) {
    // The response already reflects committed state; work lost here is picked up by the sweepers.
    await fn().catch((err: unknown) => logger.error({ err, requestId: c.get('requestId') }, 'after-commit step failed'));
  }
};

/** Runs fn once the request's transaction has committed (e.g. queueing jobs that read its rows). */
export function afterCommit(c: Context<ApiEnv>, fn: () => Promise<void>): void {
  const pending = c.get('afterCommit');
  if (!pending) throw new Error('afterCommit outside an authenticated route');
  pending.push(fn);
}

/**
 * For routes that stream a large body (uploads): the caller is identified, but no transaction is
 * held open while bytes arrive; the handler opens short transactions itself.
 */
export const authenticateWithoutTransaction: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const session = await resolveSession(c.req.raw.headers);
  if (!session) throw new AppError('UNAUTHENTICATED');
  c.set('session', session);
  await next();
};

/** The caller's use-case context inside a route that runs `authenticate`. */
export function withSession<R>(c: Context<ApiEnv>, handler: (ctx: SessionContext) => Promise<R>): Promise<R> {
  const session = c.get('session');
  const tx = c.get('tx');
  if (!session || !tx) throw new AppError('UNAUTHENTICATED');
  return handler({ userId: session.userId, region: session.region, tx: tx as Tx, session });
}
