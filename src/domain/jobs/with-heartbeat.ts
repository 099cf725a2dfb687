// Long jobs prove they are alive by touching a row every few seconds; a sweeper takes over the work
// of a job whose beats stop (its process was killed).
import { logger } from '@/platform/logger';

/** Runs work, calling beat every intervalMs until it settles; a failed beat is logged, never fatal. */
export async function withHeartbeat<T>(intervalMs: number, beat: () => Promise<void>, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => {
    beat().catch((err: unknown) => logger.warn({ err }, 'heartbeat failed'));
  }, intervalMs);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
