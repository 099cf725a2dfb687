// Session lookup for server components: the same resolution the API uses, from the request's cookies.
import 'server-only';
import { headers } from 'next/headers';
import { getDb, withUserTx } from '@/db/client';
import { getProfile } from '@/domain/profile/get-profile';
import type { ProfileDto } from '@/domain/profile/schemas';
import { getReference } from '@/domain/academic/get-reference';
import type { Reference } from '@/domain/academic/schemas';
import type { Locale } from '@/i18n/locales';
import { resolveSession, type ResolvedSession } from './session';

export type PageSession = ResolvedSession & { profile: ProfileDto };

/** The signed-in student's academic reference data, rendered into the first page load. */
export async function getPageReference(session: PageSession, locale: Locale): Promise<Reference | null> {
  return withUserTx(getDb(session.region), session.userId, (tx) => getReference(tx, session.profile.country, locale)).catch(() => null);
}

export async function getPageSession(): Promise<PageSession | null> {
  const session = await resolveSession(await headers());
  if (!session) return null;
  const profile = await withUserTx(getDb(session.region), session.userId, (tx) =>
    getProfile({ userId: session.userId, region: session.region, tx }),
  ).catch(() => null);
  return profile ? { ...session, profile } : null;
}
