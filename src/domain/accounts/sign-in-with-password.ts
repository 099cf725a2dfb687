import { getDb, getDirectoryDb, withServiceTx } from '@/db/client';
import { findPreferredLocale } from '@/db/queries/profiles';
import { findAccountRegion } from '@/db/queries/directory';
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales';
import { appUrl, getAuth } from '@/platform/auth/better-auth';
import { HINT_LOCALE } from '@/platform/auth/headers';
import { hashPassword } from '@/platform/auth/password';
import { bearerToken, resolveSession } from '@/platform/session';
import { AppError } from '../errors';
import { authCall } from './auth-call';
import type { z } from 'zod';
import type { signInSchema } from './schemas';

/**
 * Finds the account's region through the directory, signs in there, and rotates: a session the
 * browser already held is ended. An unverified email gets a fresh link and a 403.
 */
export async function signInWithPassword(input: z.infer<typeof signInSchema>, requestHeaders: Headers, requested?: Locale) {
  const home = await findAccountRegion(getDirectoryDb(), input.email);
  if (!home) {
    // Same work as a real attempt, so response time does not reveal which emails exist.
    await hashPassword(input.password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  const auth = getAuth(home.region);
  const headers = new Headers(requestHeaders);
  if (requested) headers.set(HINT_LOCALE, requested);
  headers.delete('authorization');
  const previous = await resolveSession(requestHeaders);
  const result = await authCall(() =>
    auth.api.signInEmail({ body: { email: input.email, password: input.password, rememberMe: input.rememberMe ?? true }, headers, returnHeaders: true }),
  );
  const { token, user } = result.response;
  const ctx = await auth.$context;
  if (!user.emailVerified) {
    await ctx.internalAdapter.deleteSession(token);
    const stored = await withServiceTx(getDb(home.region), (tx) => findPreferredLocale(tx, { email: user.email }));
    const locale = requested ?? (isLocale(stored) ? stored : defaultLocale);
    await auth.api.sendVerificationEmail({ body: { email: user.email, callbackURL: `${appUrl()}/${locale}/verify-email` }, headers });
    throw new AppError('EMAIL_NOT_VERIFIED');
  }
  if (previous && previous.sessionToken !== token) {
    await (await getAuth(previous.region).$context).internalAdapter.deleteSession(previous.sessionToken);
  }
  return {
    headers: result.headers,
    body: {
      token: bearerToken(home.region, token),
      region: home.region,
      user: { id: user.id, name: user.name, email: user.email, emailVerified: user.emailVerified },
    },
  };
}
