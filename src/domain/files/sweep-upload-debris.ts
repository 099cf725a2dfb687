// Removes what interrupted uploads left on this machine (DATA_DIR/tmp/uploads): everything of a
// process that is gone, whatever its age, and of a live process what is over an hour old. An
// object recorded as being put is removed unless its row was committed; a committed file whose
// job was never queued is queued now; the temporary uploads go.
// Runs at the web role's start and every few minutes (src/api/sweep-temp-uploads.ts).
import { getDb, withServiceTx } from '@/db/client';
import { rowsForKeys } from '@/db/queries/files';
import { getQueue, unfinishedJobs } from '@/db/queue';
import { logger } from '@/platform/logger';
import { regionIds } from '@/platform/regions-config';
import { storageFor } from '@/storage/storage-for-region';
import { listUploadInstances, type PendingObject } from '@/storage/temp-uploads';
import { enqueue } from '../jobs/define-job';
import { processFileQueue } from './jobs';

/** Debris younger than this may belong to an upload still under way. */
export const DEBRIS_AGE_MS = 60 * 60_000;

export type DebrisSwept = { instances: number; temporaryUploads: number; objects: number; queued: number; ms: number };

/**
 * Settles what `pending` records: an object without a row is removed, a file still `queued` with
 * no job is queued. ok is false when some could not be dealt with (their records stay).
 */
async function settlePending(pending: PendingObject[]): Promise<{ ok: boolean; removed: number; queued: number }> {
  let ok = true;
  let removed = 0;
  let queued = 0;
  for (const region of new Set(pending.map((p) => p.region))) {
    const mine = pending.filter((p) => p.region === region);
    if (!regionIds.includes(region)) {
      // A region no longer configured: its store can't be reached from here; leave the record.
      ok = false;
      continue;
    }
    try {
      const rows = await withServiceTx(getDb(region), (tx) => rowsForKeys(tx, mine.map((p) => p.key)));
      for (const p of mine.filter((p) => !rows.has(p.key))) {
        await storageFor(region).discard(p.key);
        removed++;
      }
      const waiting = [...rows.values()].filter((r) => r.status === 'queued');
      const pendingJobs = new Set((await unfinishedJobs(await getQueue(region), processFileQueue.name, waiting.map((r) => r.id))).map((j) => j.key));
      const lost = waiting.filter((r) => !pendingJobs.has(r.id));
      await enqueue(region, processFileQueue, lost.map((r) => ({ fileId: r.id, userId: r.userId })));
      queued += lost.length;
      for (const p of mine) await p.clear();
    } catch (err) {
      ok = false;
      logger.warn({ err, region }, 'upload debris sweep: objects could not be checked; next sweep retries');
    }
  }
  return { ok, removed, queued };
}

export async function sweepUploadDebris(now = Date.now()): Promise<DebrisSwept> {
  const started = performance.now();
  const swept: DebrisSwept = { instances: 0, temporaryUploads: 0, objects: 0, queued: 0, ms: 0 };
  for (const instance of await listUploadInstances()) {
    const old = (at: Date) => instance.gone || now - at.getTime() > DEBRIS_AGE_MS;
    const { ok, removed, queued } = await settlePending((await instance.pendingObjects()).filter((p) => old(p.modifiedAt)));
    swept.objects += removed;
    swept.queued += queued;
    if (instance.gone) {
      if (!ok) continue;
      const requests = await instance.requestDirs();
      await instance.remove();
      swept.instances++;
      swept.temporaryUploads += requests.length;
      continue;
    }
    const requests = await instance.requestDirs();
    for (const request of requests.filter((r) => old(r.modifiedAt))) {
      await request.remove();
      swept.temporaryUploads++;
    }
    // Another host's folder (a container that got a new hostname) can't be checked for life; once
    // everything in it has aged out, the folder goes too.
    if (!instance.own && ok && old(instance.modifiedAt) && requests.every((r) => old(r.modifiedAt)) && (await instance.pendingObjects()).length === 0) {
      await instance.remove();
      swept.instances++;
    }
  }
  swept.ms = Math.round(performance.now() - started);
  return swept;
}
