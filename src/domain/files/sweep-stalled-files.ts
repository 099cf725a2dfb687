// Files whose processing stopped moving are handed on, by the database's clock:
// - A job active for over a minute whose file missed a minute of heartbeats lost its worker (killed
//   mid-job, out of memory, its host gone). It is failed, so pg-boss retries it on a live worker
//   now instead of at the job's expiry ten minutes on; on its last attempt the file shows it failed.
//   If the file was queued again meanwhile (re-analysis), that job takes over and the dead one is
//   cancelled: two unfinished jobs for one file would block the queue (pg-boss' stately policy
//   allows one per state, and the second could never become active).
// - A file with no progress for ten minutes and no unfinished job (an enqueue lost in a crash) is
//   queued again. The pipeline's idempotent steps make a second run harmless.
import { z } from 'zod';
import { getDb, withServiceTx } from '@/db/client';
import { stalledFiles, updateFiles } from '@/db/queries/files';
import { getQueue, longActiveJobs, unfinishedJobs } from '@/db/queue';
import { logger } from '@/platform/logger';
import { defineJob, enqueue } from '../jobs/define-job';
import { ORPHANED_AFTER_S, processFileQueue } from './jobs';

export const STALLED_AFTER_S = 600;

async function handOnOrphans(region: string): Promise<void> {
  const db = getDb(region);
  const boss = await getQueue(region);
  const name = processFileQueue.name;
  const long = await longActiveJobs(boss, name, ORPHANED_AFTER_S);
  const keys = long.map((j) => j.key).filter((k): k is string => k !== null);
  if (keys.length === 0) return;
  const idle = new Set((await withServiceTx(db, (tx) => stalledFiles(tx, { idleSeconds: ORPHANED_AFTER_S, ids: keys }))).map((f) => f.id));
  const orphans = long.filter((j) => j.key !== null && idle.has(j.key));
  if (orphans.length === 0) return;
  const queuedAgain = new Set((await unfinishedJobs(boss, name, orphans.map((j) => j.key!))).filter((j) => j.state !== 'active').map((j) => j.key));
  const superseded = orphans.filter((j) => queuedAgain.has(j.key!));
  const retried = orphans.filter((j) => !queuedAgain.has(j.key!));
  if (superseded.length) await boss.cancel(name, superseded.map((j) => j.id));
  if (retried.length) await boss.fail(name, retried.map((j) => j.id));
  const gaveUp = retried.filter((j) => j.lastAttempt).map((j) => j.key!);
  if (gaveUp.length) await withServiceTx(db, (tx) => updateFiles(tx, gaveUp, { status: 'failed', error: 'FILE_PROCESSING_FAILED', processedAt: new Date() }));
  logger.warn({ region, retried: retried.length, superseded: superseded.length, gaveUp: gaveUp.length }, 'file jobs of a stopped worker handed on');
}

async function requeueStalled(region: string): Promise<void> {
  const stalled = await withServiceTx(getDb(region), (tx) => stalledFiles(tx, { idleSeconds: STALLED_AFTER_S }));
  const pending = new Set((await unfinishedJobs(await getQueue(region), processFileQueue.name, stalled.map((f) => f.id))).map((j) => j.key));
  await enqueue(
    region,
    processFileQueue,
    stalled.filter((f) => !pending.has(f.id)).map((f) => ({ fileId: f.id, userId: f.userId })),
  );
}

export const sweepStalledFilesJob = defineJob({
  name: 'files-sweep-stalled',
  schema: z.object({}),
  retry: { retryLimit: 1, retryDelay: 30, retryBackoff: false, expireInSeconds: 300 },
  concurrency: 1,
  cron: '* * * * *',
  handler: async (_p, meta) => {
    await handOnOrphans(meta.region);
    await requeueStalled(meta.region);
  },
});
