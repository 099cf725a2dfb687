// The job behind magic-link and password-reset requests. Every request queues one in every cell
// (request-email-link.ts); only the one in the account's home cell names a user, and only that one
// sends anything. The queue holds no email address: the handler reads it from the user's row.
import { z } from 'zod';
import { getDb, withServiceTx } from '@/db/client';
import { getProfileWithUser } from '@/db/queries/profiles';
import { defaultLocale, isLocale, locales } from '@/i18n/locales';
import { appUrl, getAuth } from '@/platform/auth/better-auth';
import { HINT_LOCALE } from '@/platform/auth/headers';
import { logger } from '@/platform/logger';
import { AppError } from '../errors';
import { defineJob } from '../jobs/define-job';
import { authCall } from './auth-call';

export const sendEmailLinkJob = defineJob({
  name: 'account-email-link',
  schema: z.object({
    kind: z.enum(['magicLink', 'reset']),
    /** The account in this job's cell, or null: no account here to write to. */
    userId: z.uuid().nullable(),
    /** The language the request asked for; null: the one the student chose in their profile. */
    locale: z.enum(locales).nullable(),
  }),
  // A magic link lives 10 minutes: retries stay well inside that.
  retry: { retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 },
  concurrency: 2,
  handler: async ({ kind, userId, locale: requested }, { region }) => {
    if (!userId) return;
    const row = await withServiceTx(getDb(region), (tx) => getProfileWithUser(tx, userId));
    if (!row) return; // the account was deleted since
    const preferred = row.profile.preferredLocale;
    const locale = requested ?? (isLocale(preferred) ? preferred : defaultLocale);
    const auth = getAuth(region);
    const headers = new Headers({ [HINT_LOCALE]: locale });
    try {
      if (kind === 'magicLink') {
        await authCall(() =>
          auth.api.signInMagicLink({
            body: { email: row.email, callbackURL: `${appUrl()}/${locale}/app`, errorCallbackURL: `${appUrl()}/${locale}/sign-in` },
            headers,
          }),
        );
      } else {
        await authCall(() => auth.api.requestPasswordReset({ body: { email: row.email, redirectTo: `${appUrl()}/${locale}/reset-password` }, headers }));
      }
    } catch (err) {
      // A mail server's refusal quotes the address: the log scrubs it, and the queue keeps only a code.
      logger.warn({ err, kind, region }, 'sending an account email failed; the job retries');
      throw new AppError('INTERNAL', { cause: err });
    }
  },
});
