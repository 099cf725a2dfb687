// Session lookup for server components: the same resolution the API uses, from the request's cookies.
import 'server-only';
import { headers } from 'next/headers';
import { getDb, withUserTx } from '@/db/client';
import { isDatabaseDown } from '@/db/connection-errors';
import { AppError } from '@/domain/errors';
import { getProfile } from '@/domain/profile/get-profile';
import type { ProfileDto } from '@/domain/profile/schemas';
import { getReference } from '@/domain/academic/get-reference';
import type { Reference } from '@/domain/academic/schemas';
import type { Locale } from '@/i18n/locales';
import { credentialRegion, resolveSession, type ResolvedSession } from './session';

export type PageSession = ResolvedSession & { profile: ProfileDto };

/** The signed-in student's academic reference data, rendered into the first page load. */
export async function getPageReference(session: PageSession, locale: Locale): Promise<Reference | null> {
  return withUserTx(getDb(session.region), session.userId, (tx) => getReference(tx, session.profile.country, locale)).catch(() => null);
}

/**
 * The signed-in student, or null. Throws REGION_UNAVAILABLE (params.region: the cookie's region)
 * when their region's database can't be reached, so pages can say so instead of failing with a
 * bare 500 or sending a signed-in student to the sign-in page.
 */
export async function getPageSession(): Promise<PageSession | null> {
  const h = await headers();
  try {
    const session = await resolveSession(h);
    if (!session) return null;
    const profile = await withUserTx(getDb(session.region), session.userId, (tx) =>
      getProfile({ userId: session.userId, region: session.region, tx }),
    ).catch((err: unknown) => {
      if (isDatabaseDown(err)) throw err;
      return null;
    });
    return profile ? { ...session, profile } : null;
  } catch (err) {
    if (!isDatabaseDown(err)) throw err;
    throw new AppError('REGION_UNAVAILABLE', { cause: err, params: { region: credentialRegion(h)?.region ?? '' } });
  }
}

/**
 * For pages a signed-out visitor uses (sign-in, register): the signed-in student, or null — also
 * when their region is down, so the form still shows (the API then answers REGION_UNAVAILABLE).
 */
export async function getPageSessionIfReachable(): Promise<PageSession | null> {
  return getPageSession().catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'REGION_UNAVAILABLE') return null;
    throw err;
  });
}
