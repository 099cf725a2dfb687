// Removes what interrupted uploads left on this machine (DATA_DIR/tmp/uploads): everything of a
// process that is gone, whatever its age, and of a live process what is over an hour old. An
// object recorded as being put is removed unless its row was committed; the temporary uploads go.
// Runs at the web role's start and every few minutes (src/api/sweep-temp-uploads.ts).
import { getDb, withServiceTx } from '@/db/client';
import { keysWithRows } from '@/db/queries/files';
import { logger } from '@/platform/logger';
import { regionIds } from '@/platform/regions-config';
import { storageFor } from '@/storage/storage-for-region';
import { listUploadInstances, type PendingObject } from '@/storage/temp-uploads';

/** Debris younger than this may belong to an upload still under way. */
export const DEBRIS_AGE_MS = 60 * 60_000;

export type DebrisSwept = { instances: number; temporaryUploads: number; objects: number; ms: number };

/** Removes the objects among `pending` that have no row; false when some could not be checked or removed. */
async function discardRowless(pending: PendingObject[]): Promise<{ ok: boolean; removed: number }> {
  let ok = true;
  let removed = 0;
  for (const region of new Set(pending.map((p) => p.region))) {
    const mine = pending.filter((p) => p.region === region);
    if (!regionIds.includes(region)) {
      // A region no longer configured: its store can't be reached from here; leave the record.
      ok = false;
      continue;
    }
    try {
      const withRows = await withServiceTx(getDb(region), (tx) => keysWithRows(tx, mine.map((p) => p.key)));
      for (const p of mine) {
        if (!withRows.has(p.key)) {
          await storageFor(region).discard(p.key);
          removed++;
        }
        await p.clear();
      }
    } catch (err) {
      ok = false;
      logger.warn({ err, region }, 'upload debris sweep: objects could not be checked; next sweep retries');
    }
  }
  return { ok, removed };
}

export async function sweepUploadDebris(now = Date.now()): Promise<DebrisSwept> {
  const started = performance.now();
  const swept: DebrisSwept = { instances: 0, temporaryUploads: 0, objects: 0, ms: 0 };
  for (const instance of await listUploadInstances()) {
    const old = (at: Date) => instance.gone || now - at.getTime() > DEBRIS_AGE_MS;
    const { ok, removed } = await discardRowless((await instance.pendingObjects()).filter((p) => old(p.modifiedAt)));
    swept.objects += removed;
    if (instance.gone) {
      if (!ok) continue;
      const requests = await instance.requestDirs();
      await instance.remove();
      swept.instances++;
      swept.temporaryUploads += requests.length;
      continue;
    }
    for (const request of (await instance.requestDirs()).filter((r) => old(r.modifiedAt))) {
      await request.remove();
      swept.temporaryUploads++;
    }
  }
  swept.ms = Math.round(performance.now() - started);
  return swept;
}
