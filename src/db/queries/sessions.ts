import { eq } from 'drizzle-orm';
import type { RegionDb } from '../client';
import { authSession } from '../schema';

type SessionRow = {
  id: string;
  token: string;
  expiresAt: Date;
  createdAt: Date;
  userId: string;
  name: string;
  email: string;
  emailVerified: boolean;
};

/**
 * A session by its token, with the user it belongs to. Every request runs it, so it is a named
 * prepared statement (parsed once per connection) instead of a query built per call.
 */
export async function findSessionByToken(db: RegionDb, token: string): Promise<SessionRow | undefined> {
  const { rows } = await db.$client.query<SessionRow>({
    name: 'cf_session_by_token',
    text: `select s.id, s.token, s.expires_at as "expiresAt", s.created_at as "createdAt", u.id as "userId",
             u.name, u.email, u.email_verified as "emailVerified"
           from auth_session s join auth_user u on u.id = s.user_id where s.token = $1`,
    values: [token],
  });
  return rows[0];
}

export async function extendSession(db: RegionDb, id: string, expiresAt: Date): Promise<void> {
  await db.update(authSession).set({ expiresAt, updatedAt: new Date() }).where(eq(authSession.id, id));
}

export async function deleteSessionById(db: RegionDb, id: string): Promise<void> {
  await db.delete(authSession).where(eq(authSession.id, id));
}
