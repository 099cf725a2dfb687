import { getDirectoryDb } from '@/db/client';
import { findAccountRegion } from '@/db/queries/directory';
import { defaultLocale } from '@/i18n/locales';
import { appUrl, getAuth } from '@/platform/auth/better-auth';
import { HINT_COUNTRY, HINT_LOCALE, HINT_TIMEZONE } from '@/platform/auth/headers';
import { isAcceptablePassword } from '@/platform/auth/password';
import { regionForCountry } from '@/platform/regions-config';
import { bearerToken } from '@/platform/session';
import { AppError } from '../errors';
import { authCall } from './auth-call';
import type { z } from 'zod';
import type { signUpSchema } from './schemas';

/**
 * Sign-up: the country of residence picks the home region for good; the account's rows are
 * created only in that region's cell, and the directory learns only HMAC(email) → region.
 */
export async function registerAccount(input: z.infer<typeof signUpSchema>, requestHeaders: Headers) {
  if (!isAcceptablePassword(input.password, [input.email, input.name])) {
    throw new AppError('WEAK_PASSWORD', { details: [{ path: 'password', code: 'invalid' }] });
  }
  if (await findAccountRegion(getDirectoryDb(), input.email)) throw new AppError('EMAIL_TAKEN');
  const region = regionForCountry(input.country);
  const locale = input.locale ?? defaultLocale;
  const headers = new Headers(requestHeaders);
  headers.set(HINT_COUNTRY, input.country);
  headers.set(HINT_LOCALE, locale);
  if (input.timezone) headers.set(HINT_TIMEZONE, input.timezone);
  const result = await authCall(() =>
    getAuth(region).api.signUpEmail({
      body: { name: input.name, email: input.email, password: input.password, callbackURL: `${appUrl()}/${locale}/verify-email` },
      headers,
    }),
  );
  const { token, user } = result;
  return {
    body: {
      token: token ? bearerToken(region, token) : '',
      region,
      user: { id: user.id, name: user.name, email: user.email, emailVerified: user.emailVerified },
    },
  };
}
