// Session lookup for server components: the same resolution the API uses, from the request's cookies.
import 'server-only';
import { headers } from 'next/headers';
import { getDb, withUserTx } from '@/db/client';
import { getProfile } from '@/domain/profile/get-profile';
import type { ProfileDto } from '@/domain/profile/schemas';
import { resolveSession, type ResolvedSession } from './session';

export type PageSession = ResolvedSession & { profile: ProfileDto };

export async function getPageSession(): Promise<PageSession | null> {
  const session = await resolveSession(await headers());
  if (!session) return null;
  const profile = await withUserTx(getDb(session.region), session.userId, (tx) =>
    getProfile({ userId: session.userId, region: session.region, tx }),
  ).catch(() => null);
  return profile ? { ...session, profile } : null;
}
