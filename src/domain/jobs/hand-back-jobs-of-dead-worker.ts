// When a worker process dies (crash, out of memory, kill -9), its supervisor hands the jobs it had
// in hand back at once instead of waiting a minute for the heartbeat sweeper. A file that was in
// hand at two deaths is the likely cause: it fails with a reason instead of taking every next
// worker down with it.
import { getDb, withServiceTx } from '@/db/client';
import { findFiles, updateFiles, type FilePatch } from '@/db/queries/files';
import { getQueue, handBackJobs } from '@/db/queue';
import { logger } from '@/platform/logger';
import { processFileQueue } from '../files/jobs';

/** Deaths with the same file in hand after which the file, not bad luck, is taken as the cause. */
export const POISON_DEATHS = 2;

export type DeadWorkerJob = { queue: string; jobId: string; key: string | null; deaths: number };

/** Sets the files among `ids` still being processed to `patch`; answers which. */
async function patchUnfinishedFiles(region: string, ids: string[], patch: FilePatch): Promise<string[]> {
  if (ids.length === 0) return [];
  return withServiceTx(getDb(region), async (tx) => {
    const unfinished = (await findFiles(tx, ids)).filter((f) => f.status !== 'ready' && f.status !== 'failed' && !f.deletedAt).map((f) => f.id);
    await updateFiles(tx, unfinished, patch);
    return unfinished;
  });
}

const failed = (error: 'FILE_TOO_COMPLEX' | 'FILE_PROCESSING_FAILED'): FilePatch => ({ status: 'failed', error, processedAt: new Date() });

/** Hands one region's jobs of a dead worker back; returns the files failed as its poison. */
export async function handBackJobsOfDeadWorker(region: string, jobs: DeadWorkerJob[]): Promise<string[]> {
  if (jobs.length === 0) return [];
  const boss = await getQueue(region);
  const isPoison = (j: DeadWorkerJob) => j.queue === processFileQueue.name && j.key !== null && j.deaths >= POISON_DEATHS;
  const poison = jobs.filter(isPoison);
  const poisonFiles = await patchUnfinishedFiles(region, poison.map((j) => j.key!), failed('FILE_TOO_COMPLEX'));
  if (poison.length) await boss.cancel(processFileQueue.name, poison.map((j) => j.jobId));

  const rest = jobs.filter((j) => !isPoison(j));
  for (const queue of new Set(rest.map((j) => j.queue))) {
    const ids = rest.filter((j) => j.queue === queue).map((j) => j.jobId);
    const handed = await handBackJobs(boss, queue, ids, { code: 'WORKER_DIED' });
    if (queue !== processFileQueue.name) continue;
    // A last attempt is not retried: its file shows the failure, as the sweeper would leave it.
    // The others wait for a worker again, and say so rather than "extracting" with nobody at it.
    await patchUnfinishedFiles(region, handed.filter((j) => j.lastAttempt && j.key).map((j) => j.key!), failed('FILE_PROCESSING_FAILED'));
    await patchUnfinishedFiles(region, handed.filter((j) => !j.lastAttempt && j.key).map((j) => j.key!), { status: 'queued' });
  }
  logger.warn({ region, handedBack: jobs.length - poison.length, poisonFiles }, 'jobs of a dead worker handed back');
  return poisonFiles;
}
