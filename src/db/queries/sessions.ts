// The session rows Better Auth writes, read on every request. Plain SQL on a connection (or pool):
// named prepared statements, parsed once per connection, instead of queries built per call.
import type { Connection } from '../client';
import type pg from 'pg';

type Queryable = Connection | pg.Pool;

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
  const { rows } = await db.query<SessionRow>({
    name: 'cf_session_by_token',
    text: `select s.id, s.token, s.expires_at as "expiresAt", s.created_at as "createdAt", u.id as "userId",
             u.name, u.email, u.email_verified as "emailVerified"
           from auth_session s join auth_user u on u.id = s.user_id where s.token = $1`,
    values: [token],
  });
  return rows[0];
}

export async function extendSession(db: Queryable, id: string, expiresAt: Date): Promise<void> {
  await db.query({ name: 'cf_session_extend', text: 'update auth_session set expires_at = $2, updated_at = now() where id = $1', values: [id, expiresAt] });
}

export async function deleteSessionById(db: Queryable, id: string): Promise<void> {
  await db.query({ name: 'cf_session_delete', text: 'delete from auth_session where id = $1', values: [id] });
}
