// Each region's store is compared with its files table: an object no row names, or a write that
// never finished, older than an hour, is debris of an upload that died between the object and its
// row (on a host whose temporary folder is gone, or before uploads recorded their objects). It is
// removed. The hour leaves every upload under way alone.
import { z } from 'zod';
import { getDb, withServiceTx } from '@/db/client';
import { rowsForKeys } from '@/db/queries/files';
import { logger } from '@/platform/logger';
import type { StoredObject } from '@/storage/object-storage';
import { storageFor } from '@/storage/storage-for-region';
import { defineJob } from '../jobs/define-job';
import { DEBRIS_AGE_MS } from './sweep-upload-debris';

const BATCH = 500;

export type OrphansSwept = { objects: number; unfinished: number; ms: number };

export async function sweepOrphanObjects(region: string, now = Date.now()): Promise<OrphansSwept> {
  const started = performance.now();
  const store = storageFor(region);
  const db = getDb(region);
  const cutoff = now - DEBRIS_AGE_MS;
  let objects = 0;
  let unfinished = 0;

  const removeRowless = async (batch: StoredObject[]) => {
    const withRows = await withServiceTx(db, (tx) => rowsForKeys(tx, batch.map((o) => o.key)));
    for (const o of batch) {
      if (withRows.has(o.key)) continue;
      await store.delete(o.key);
      objects++;
    }
  };
  let batch: StoredObject[] = [];
  for await (const o of store.listObjects()) {
    if (o.modifiedAt.getTime() > cutoff) continue;
    batch.push(o);
    if (batch.length >= BATCH) {
      await removeRowless(batch);
      batch = [];
    }
  }
  if (batch.length) await removeRowless(batch);

  for await (const w of store.listUnfinished()) {
    if (w.startedAt.getTime() > cutoff) continue;
    await store.abortUnfinished(w);
    unfinished++;
  }
  return { objects, unfinished, ms: Math.round(performance.now() - started) };
}

export const sweepOrphanObjectsJob = defineJob({
  name: 'files-sweep-orphan-objects',
  schema: z.object({}),
  retry: { retryLimit: 1, retryDelay: 300, retryBackoff: false, expireInSeconds: 1800 },
  concurrency: 1,
  cron: '*/10 * * * *',
  handler: async (_p, meta) => {
    const swept = await sweepOrphanObjects(meta.region);
    if (swept.objects || swept.unfinished) logger.warn({ region: meta.region, ...swept }, 'objects without a row removed from storage');
  },
});
