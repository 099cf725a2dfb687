// Files whose processing stopped moving (an enqueue lost in a crash, a worker killed mid-job past its
// retries) are queued again; the pipeline's idempotent steps make a second job harmless.
import { z } from 'zod';
import { getDb, withServiceTx } from '@/db/client';
import { stalledFiles } from '@/db/queries/files';
import { defineJob, enqueue } from '../jobs/define-job';
import { processFileQueue } from './jobs';

export const STALLED_AFTER_MS = 10 * 60_000;

export const sweepStalledFilesJob = defineJob({
  name: 'files-sweep-stalled',
  schema: z.object({}),
  retry: { retryLimit: 1, retryDelay: 30, retryBackoff: false, expireInSeconds: 300 },
  concurrency: 1,
  cron: '*/5 * * * *',
  handler: async (_p, meta) => {
    const stalled = await withServiceTx(getDb(meta.region), (tx) => stalledFiles(tx, new Date(Date.now() - STALLED_AFTER_MS)));
    await enqueue(meta.region, processFileQueue, stalled.map((f) => ({ fileId: f.id, userId: f.userId })));
  },
});
