// The session rows Better Auth writes, read on every request. Plain SQL on a connection (or pool):
// named prepared statements, parsed once per connection, instead of queries built per call.
import type { Connection } from '../client';
import type pg from 'pg';

export type Queryable = Connection | pg.Pool;

export type SessionRow = {
  id: string;
  token: string;
  expiresAt: Date;
  createdAt: Date;
  userId: string;
  name: string;
  email: string;
  emailVerified: boolean;
};

/** A session by its token, with the user it belongs to. */
export async function findSessionByToken(db: Queryable, token: string): Promise<SessionRow | undefined> {
  const { rows } = await db.query<SessionRow>({ name: 'cf_session_by_token', text: 'select * from request_session($1)', values: [token] });
  return rows[0];
}

/** Better Auth session tokens are random alphanumerics; anything else never reaches SQL text. */
const TOKEN_RE = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * One round trip that opens a transaction as the session's user: it begins, reads the session
 * row while setting auth.uid() from it (request_session, migration 0008), and switches to
 * the `authenticated` role. The caller checks the row (expiry, lifetime) and rolls back if it is
 * not valid. The token is inlined (simple protocol, several statements) only after matching TOKEN_RE.
 */
export async function beginSessionTransaction(conn: Connection, token: string): Promise<SessionRow | undefined> {
  if (!TOKEN_RE.test(token)) return undefined;
  const results = (await conn.query(
    `begin; select * from request_session('${token}'); select set_config('role', 'authenticated', true);`,
  )) as unknown as pg.QueryResult<SessionRow>[];
  return results[1]?.rows[0];
}

export async function extendSession(db: Queryable, id: string, expiresAt: Date): Promise<void> {
  await db.query({ name: 'cf_session_extend', text: 'update auth_session set expires_at = $2, updated_at = now() where id = $1', values: [id, expiresAt] });
}

export async function deleteSessionById(db: Queryable, id: string): Promise<void> {
  await db.query({ name: 'cf_session_delete', text: 'delete from auth_session where id = $1', values: [id] });
}
