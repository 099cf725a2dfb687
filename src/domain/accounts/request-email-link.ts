import { getDirectoryDb } from '@/db/client';
import { findAccountRegion } from '@/db/queries/directory';
import type { Locale } from '@/i18n/locales';
import { regionIds } from '@/platform/regions-config';
import { enqueue } from '../jobs/define-job';
import { sendEmailLinkJob } from './send-email-link';

/**
 * Magic link or password reset. The answer, and the work done before it, are the same whether or
 * not the email has an account, so neither tells an attacker which addresses are registered: one
 * directory lookup (the same HMAC), then one job queued in every cell. The home cell's job names
 * the account and its worker sends the link; the others name nobody. Queuing in every cell rather
 * than in "the home cell, or some cell for an unknown address" keeps which databases a request
 * touches, and so its timing when cells sit at different distances, independent of the address.
 */
export async function requestEmailLink(kind: 'magicLink' | 'reset', email: string, requested: Locale | undefined): Promise<{ status: true }> {
  const home = await findAccountRegion(getDirectoryDb(), email);
  await Promise.all(
    regionIds.map((region) => enqueue(region, sendEmailLinkJob, [{ kind, userId: home?.region === region ? home.userId : null, locale: requested ?? null }])),
  );
  return { status: true };
}
