// Trash keeps a file (row and object) for 30 days; after that, or when the student deletes it for
// good, both go.
import { z } from 'zod';
import { getDb, withServiceTx } from '@/db/client';
import { deleteFileRows, expiredTrash, updateFiles, type FileRow } from '@/db/queries/files';
import { logger } from '@/platform/logger';
import { storageFor } from '@/storage/storage-for-region';
import type { UserContext } from '../context';
import { AppError } from '../errors';
import { defineJob } from '../jobs/define-job';

export const TRASH_DAYS = 30;

export function trashFiles(ctx: UserContext, rows: FileRow[]): Promise<FileRow[]> {
  const ids = rows.filter((r) => !r.deletedAt).map((r) => r.id);
  return updateFiles(ctx.tx, ids, { deletedAt: new Date() });
}

export async function restoreFiles(ctx: UserContext, rows: FileRow[]): Promise<FileRow[]> {
  const ids = rows.filter((r) => r.deletedAt).map((r) => r.id);
  try {
    return await updateFiles(ctx.tx, ids, { deletedAt: null });
  } catch (err) {
    // The same content was uploaded again meanwhile (one live copy per content hash).
    if ((err as { code?: string }).code === '23505') throw new AppError('CONFLICT', { cause: err });
    throw err;
  }
}

/** Only files already in the trash can be deleted for good; the objects go after the rows commit. */
export async function deleteFilesForever(ctx: UserContext, rows: FileRow[]): Promise<{ keys: string[] }> {
  if (rows.some((r) => !r.deletedAt)) throw new AppError('CONFLICT', { details: [{ path: 'file_ids', code: 'not_in_trash' }] });
  const deleted = await deleteFileRows(ctx.tx, rows.map((r) => r.id));
  return { keys: deleted.map((r) => r.storageKey) };
}

export async function removeObjects(region: string, keys: string[]): Promise<void> {
  const store = storageFor(region);
  for (const key of keys) {
    await store.delete(key).catch((err) => logger.warn({ err, region }, 'object delete failed; the purge job retries it'));
  }
}

export const purgeTrashJob = defineJob({
  name: 'files-purge-trash',
  schema: z.object({}),
  retry: { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 900 },
  concurrency: 1,
  cron: '17 3 * * *',
  handler: async (_p, meta) => {
    const db = getDb(meta.region);
    const cutoff = new Date(Date.now() - TRASH_DAYS * 86_400_000);
    for (;;) {
      const batch = await withServiceTx(db, (tx) => expiredTrash(tx, cutoff));
      if (batch.length === 0) return;
      // Objects first: a crash in between leaves a row whose object is gone, which the next run deletes.
      const store = storageFor(meta.region);
      for (const f of batch) await store.delete(f.storageKey);
      await withServiceTx(db, (tx) => deleteFileRows(tx, batch.map((f) => f.id)));
    }
  },
});
