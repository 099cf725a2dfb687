// Accepts files the HTTP boundary has already streamed to temporary files: checks their real type
// and size, drops duplicates of what the student already has, stores the rest in the region's
// object store and queues their processing. Each file has its own outcome: one that does not fit
// is refused by name while the others are stored and queued.
import { createReadStream } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { withUserTx, getDb } from '@/db/client';
import { findSubscription } from '@/db/queries/billing';
import { findActiveFileBySha, insertFile, type FileRow } from '@/db/queries/files';
import { findCourseRow } from '@/db/queries/courses';
import { logger } from '@/platform/logger';
import { filesUploaded } from '@/platform/metrics';
import { storageFor } from '@/storage/storage-for-region';
import { recordPendingObject } from '@/storage/temp-uploads';
import { effectivePlan, megabytes } from '../billing/plans';
import { maxUploadBytes } from '../billing/upload-limit';
import { AppError } from '../errors';
import { enqueue } from '../jobs/define-job';
import { processFileQueue } from './jobs';
import { sanitizeUploadName } from './sanitize-file-name';
import { sniffFileType } from './sniff-file-type';
import { objectWriteError, tempWriteError } from './storage-errors';

export type ReceivedUpload = {
  /** The name the browser sent, possibly with the dropped folder's relative path. */
  rawName: string;
  tempPath: string;
  size: number;
  sha256: string;
  /** The first bytes, for type detection. */
  head: Uint8Array;
  /** The file went over the size limit and was cut. */
  truncated: boolean;
};

export type UploadOutcome =
  | { name: string; outcome: 'stored' | 'duplicate'; file: FileRow }
  | { name: string; outcome: 'rejected'; error: AppError };

/** The largest file the caller's plan accepts, read before an upload's bytes arrive. */
export async function uploadLimit(who: { userId: string; region: string }): Promise<number> {
  const subscription = await withUserTx(getDb(who.region), who.userId, (tx) => findSubscription(tx));
  return maxUploadBytes(effectivePlan(subscription));
}

export async function uploadFiles(
  who: { userId: string; region: string },
  uploads: ReceivedUpload[],
  options: { courseId?: string; maxBytes: number },
): Promise<UploadOutcome[]> {
  const db = getDb(who.region);
  if (options.courseId) {
    const course = await withUserTx(db, who.userId, (tx) => findCourseRow(tx, options.courseId!));
    if (!course) throw new AppError('NOT_FOUND');
  }
  const store = storageFor(who.region);
  const outcomes: UploadOutcome[] = [];
  const queued: { fileId: string; userId: string }[] = [];
  // Markers of stored files are kept until their jobs are queued: a crash in between leaves the
  // marker, and the next start's sweep queues the file instead of leaving it waiting.
  const settleAfterEnqueue: (() => Promise<void>)[] = [];

  /** Puts one file's object and commits its row; whatever happens, no object is left without a row. */
  async function storeOne(upload: ReceivedUpload, name: string, folderHint: string | null, mime: string): Promise<void> {
    const id = randomUUID();
    const storageKey = `${who.userId}/${id}`;
    // Recorded before the first byte goes out: if this process dies before the row commits, the
    // next start's sweep finds the object and removes it.
    const settled = await recordPendingObject(who.region, storageKey).catch((err: unknown) => {
      throw tempWriteError(err) ?? err;
    });
    let kept = false;
    try {
      await store.put(storageKey, createReadStream(upload.tempPath), mime).catch((err: unknown) => {
        throw objectWriteError(err) ?? err;
      });
      const row = await withUserTx(db, who.userId, (tx) =>
        insertFile(tx, {
          id,
          userId: who.userId,
          courseId: options.courseId ?? null,
          courseSource: options.courseId ? 'user' : 'ai',
          originalName: name,
          displayName: name,
          folderHint,
          storageKey,
          fileType: mime,
          fileSize: upload.size,
          contentSha256: upload.sha256,
          status: 'queued',
        }),
      );
      if (row) {
        kept = true;
        outcomes.push({ name, outcome: 'stored', file: row });
        queued.push({ fileId: row.id, userId: who.userId });
        settleAfterEnqueue.push(settled);
        return;
      }
      // The same content arrived twice at once: the other upload won.
      const winner = await withUserTx(db, who.userId, (tx) => findActiveFileBySha(tx, upload.sha256));
      if (!winner) throw new AppError('CONFLICT');
      outcomes.push({ name, outcome: 'duplicate', file: winner });
    } finally {
      if (!kept) {
        // An object without its row (refused write, a concurrent duplicate, a database error) goes
        // at once; when even that fails, the marker stays and the sweep retries.
        const removed = await store.discard(storageKey).then(
          () => true,
          (err: unknown) => {
            logger.warn({ err, region: who.region }, 'an object without a row could not be removed; the debris sweep retries');
            return false;
          },
        );
        if (removed) await settled().catch(() => undefined);
      }
    }
  }

  try {
    for (const upload of uploads) {
      const { name, folderHint } = sanitizeUploadName(upload.rawName);
      try {
        if (upload.truncated || upload.size > options.maxBytes) {
          throw new AppError('FILE_OVER_PLAN_LIMIT', { params: { limitMb: megabytes(options.maxBytes) } });
        }
        const type = await sniffFileType(upload.head, name);
        const existing = await withUserTx(db, who.userId, (tx) => findActiveFileBySha(tx, upload.sha256));
        if (existing) {
          outcomes.push({ name, outcome: 'duplicate', file: existing });
          continue;
        }
        await storeOne(upload, name, folderHint, type.mime);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        outcomes.push({ name, outcome: 'rejected', error: err });
      }
    }
  } finally {
    // Files stored are queued even when a later one failed the whole request. A lost enqueue (a
    // crash right here) is picked up by the debris sweep at the next start (the markers remain),
    // or else by the stalled-file sweeper.
    await enqueue(who.region, processFileQueue, queued);
    await Promise.all(settleAfterEnqueue.map((settle) => settle().catch(() => undefined)));
  }
  for (const o of outcomes) filesUploaded.inc({ outcome: o.outcome });
  return outcomes;
}
