import { getDb, getDirectoryDb, withServiceTx } from '@/db/client';
import { findAccountRegion } from '@/db/queries/directory';
import { getProfileWithUser } from '@/db/queries/profiles';
import { defaultLocale, isLocale } from '@/i18n/locales';
import { appUrl, getAuth } from '@/platform/auth/better-auth';
import { HINT_COUNTRY, HINT_LOCALE, HINT_TIMEZONE } from '@/platform/auth/headers';
import { hashPassword, isAcceptablePassword } from '@/platform/auth/password';
import { logger } from '@/platform/logger';
import { sendAuthMail } from '@/platform/mail';
import { regionForCountry } from '@/platform/regions-config';
import { AppError } from '../errors';
import { authCall } from './auth-call';
import type { z } from 'zod';
import type { signUpResultSchema, signUpSchema } from './schemas';

/**
 * Sign-up: the country of residence picks the home region for good; the account's rows are
 * created only in that region's cell, and the directory learns only HMAC(email) → region.
 *
 * The answer never tells whether the address already has an account: a taken address gets the
 * same answer, after the same password hashing and one email sent, as a new one does; that email
 * goes to the owner ("someone tried to create an account with this address").
 */
export async function registerAccount(input: z.infer<typeof signUpSchema>, requestHeaders: Headers): Promise<z.infer<typeof signUpResultSchema>> {
  if (!isAcceptablePassword(input.password, [input.email, input.name])) {
    throw new AppError('WEAK_PASSWORD', { details: [{ path: 'password', code: 'invalid' }] });
  }
  const region = regionForCountry(input.country);
  const accepted = { status: true as const, region };
  const existing = await findAccountRegion(getDirectoryDb(), input.email);
  if (existing) {
    await hashPassword(input.password);
    await tellOwner(existing);
    return accepted;
  }
  const locale = input.locale ?? defaultLocale;
  const headers = new Headers(requestHeaders);
  headers.set(HINT_COUNTRY, input.country);
  headers.set(HINT_LOCALE, locale);
  if (input.timezone) headers.set(HINT_TIMEZONE, input.timezone);
  try {
    await authCall(() =>
      getAuth(region).api.signUpEmail({
        body: { name: input.name, email: input.email, password: input.password, callbackURL: `${appUrl()}/${locale}/verify-email` },
        headers,
      }),
    );
  } catch (err) {
    // A sign-up running at the same time claimed the address first: its owner is told, as above.
    if (!(err instanceof AppError) || (err.code !== 'EMAIL_TAKEN' && err.code !== 'ACCOUNT_IN_OTHER_REGION')) throw err;
    const owner = await findAccountRegion(getDirectoryDb(), input.email);
    if (owner) await tellOwner(owner);
  }
  return accepted;
}

/** Emails the owner of an existing account, in their language, that someone tried to sign up with it. */
async function tellOwner(owner: { region: string; userId: string }): Promise<void> {
  try {
    const row = await withServiceTx(getDb(owner.region), (tx) => getProfileWithUser(tx, owner.userId));
    if (!row) return;
    const locale = isLocale(row.profile.preferredLocale) ? row.profile.preferredLocale : defaultLocale;
    await sendAuthMail('accountExists', { to: row.email, name: row.profile.fullName, url: `${appUrl()}/${locale}/sign-in`, locale });
  } catch (err) {
    // As for a new account's confirmation email: a mail failure is logged, the answer stays the same.
    logger.error({ err }, 'the account-exists email could not be sent');
  }
}
