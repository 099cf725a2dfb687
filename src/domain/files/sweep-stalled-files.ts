// Files whose processing stopped moving are handed on. A file whose worker stopped beating (killed
// mid-job, out of memory, its host gone) has its job failed, so pg-boss retries it on a live worker
// now instead of at the job's expiry, ten minutes on. A file with no progress at all for ten
// minutes (an enqueue lost in a crash, a job past its retries) is queued again. The pipeline's
// idempotent steps make a second run harmless.
import { z } from 'zod';
import { getDb, withServiceTx } from '@/db/client';
import { stalledFiles } from '@/db/queries/files';
import { getQueue, longActiveJobs } from '@/db/queue';
import { logger } from '@/platform/logger';
import { defineJob, enqueue } from '../jobs/define-job';
import { ORPHANED_AFTER_MS, processFileQueue } from './jobs';

export const STALLED_AFTER_MS = 10 * 60_000;

export const sweepStalledFilesJob = defineJob({
  name: 'files-sweep-stalled',
  schema: z.object({}),
  retry: { retryLimit: 1, retryDelay: 30, retryBackoff: false, expireInSeconds: 300 },
  concurrency: 1,
  cron: '* * * * *',
  handler: async (_p, meta) => {
    const db = getDb(meta.region);
    const now = Date.now();
    // A job started over a minute ago whose file has had no heartbeat for a minute lost its worker
    // (a live worker marks the file within milliseconds of starting, and then every 15 s).
    const boss = await getQueue(meta.region);
    const longRunning = await longActiveJobs(boss, processFileQueue.name, new Date(now - ORPHANED_AFTER_MS));
    const fileIds = longRunning.map((j) => j.key).filter((k): k is string => k !== null);
    if (fileIds.length) {
      const orphaned = new Set((await withServiceTx(db, (tx) => stalledFiles(tx, { olderThan: new Date(now - ORPHANED_AFTER_MS), ids: fileIds }))).map((f) => f.id));
      const jobIds = longRunning.filter((j) => j.key && orphaned.has(j.key)).map((j) => j.id);
      if (jobIds.length) {
        await boss.fail(processFileQueue.name, jobIds);
        logger.warn({ region: meta.region, jobs: jobIds.length }, 'file jobs of a stopped worker handed on');
      }
    }
    const stalled = await withServiceTx(db, (tx) => stalledFiles(tx, { olderThan: new Date(now - STALLED_AFTER_MS) }));
    await enqueue(meta.region, processFileQueue, stalled.map((f) => ({ fileId: f.id, userId: f.userId })));
  },
});
