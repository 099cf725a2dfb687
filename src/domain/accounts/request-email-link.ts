import { findAccountRegion } from '@/db/queries/directory';
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales';
import { getDb, getDirectoryDb, withServiceTx } from '@/db/client';
import { getProfileWithUser } from '@/db/queries/profiles';
import { appUrl, getAuth } from '@/platform/auth/better-auth';
import { HINT_LOCALE } from '@/platform/auth/headers';
import { logger } from '@/platform/logger';

/**
 * Magic link or password reset: sent in the account's home region. The answer is the same
 * whether or not the email has an account.
 */
export async function requestEmailLink(kind: 'magicLink' | 'reset', email: string, requested: Locale | undefined): Promise<{ status: true }> {
  const home = await findAccountRegion(getDirectoryDb(), email);
  if (!home) return { status: true };
  // Without an explicit choice the mail speaks the language the student picked in their profile.
  const locale = requested ?? (await preferredLocale(home.region, home.userId));
  const auth = getAuth(home.region);
  const headers = new Headers({ [HINT_LOCALE]: locale });
  try {
    if (kind === 'magicLink') {
      await auth.api.signInMagicLink({
        body: { email, callbackURL: `${appUrl()}/${locale}/app`, errorCallbackURL: `${appUrl()}/${locale}/sign-in` },
        headers,
      });
    } else {
      await auth.api.requestPasswordReset({ body: { email, redirectTo: `${appUrl()}/${locale}/reset-password` }, headers });
    }
  } catch (err) {
    logger.error({ err, kind }, 'sending an account email failed');
  }
  return { status: true };
}

async function preferredLocale(region: string, userId: string): Promise<Locale> {
  const row = await withServiceTx(getDb(region), (tx) => getProfileWithUser(tx, userId));
  const l = row?.profile.preferredLocale;
  return isLocale(l) ? l : defaultLocale;
}
