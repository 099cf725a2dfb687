import { getDirectoryDb } from '@/db/client';
import { findAccountRegion } from '@/db/queries/directory';
import type { Locale } from '@/i18n/locales';
import { logger } from '@/platform/logger';
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
  const queued = await Promise.allSettled(
    regionIds.map((region) => enqueue(region, sendEmailLinkJob, [{ kind, userId: home?.region === region ? home.userId : null, locale: requested ?? null }])),
  );
  // A cell that is down stops only its own students: the empty jobs elsewhere may fail unnoticed.
  // The home cell's failure is answered (REGION_UNAVAILABLE) rather than hidden behind a link that
  // never comes; during such an outage that answer does tell the account's cell.
  queued.forEach((result, i) => {
    if (result.status === 'fulfilled') return;
    if (regionIds[i] === home?.region) throw result.reason;
    logger.warn({ err: result.reason, region: regionIds[i] }, 'a cell could not take its email-link job');
  });
  return { status: true };
}
