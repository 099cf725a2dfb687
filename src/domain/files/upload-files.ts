// Accepts files the HTTP boundary has already streamed to temporary files: checks their real type
// and size, drops duplicates of what the student already has, stores the rest in the region's
// object store and queues their processing.
import { createReadStream } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { withUserTx, getDb } from '@/db/client';
import { findSubscription } from '@/db/queries/billing';
import { findActiveFileBySha, insertFile, type FileRow } from '@/db/queries/files';
import { findCourseRow } from '@/db/queries/courses';
import { filesUploaded } from '@/platform/metrics';
import { storageFor } from '@/storage/storage-for-region';
import { effectivePlan, megabytes } from '../billing/plans';
import { maxUploadBytes } from '../billing/upload-limit';
import { AppError } from '../errors';
import { enqueue } from '../jobs/define-job';
import { processFileQueue } from './jobs';
import { sanitizeUploadName } from './sanitize-file-name';
import { sniffFileType } from './sniff-file-type';

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
      const id = randomUUID();
      const storageKey = `${who.userId}/${id}`;
      await store.put(storageKey, createReadStream(upload.tempPath), type.mime);
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
          fileType: type.mime,
          fileSize: upload.size,
          contentSha256: upload.sha256,
          status: 'queued',
        }),
      );
      if (!row) {
        // The same content arrived twice at once: the other upload won.
        await store.delete(storageKey);
        const winner = await withUserTx(db, who.userId, (tx) => findActiveFileBySha(tx, upload.sha256));
        if (!winner) throw new AppError('CONFLICT');
        outcomes.push({ name, outcome: 'duplicate', file: winner });
        continue;
      }
      outcomes.push({ name, outcome: 'stored', file: row });
      queued.push({ fileId: row.id, userId: who.userId });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      outcomes.push({ name, outcome: 'rejected', error: err });
    }
  }
  // A lost enqueue (a crash right here) is picked up by the stalled-file sweeper.
  await enqueue(who.region, processFileQueue, queued);
  for (const o of outcomes) filesUploaded.inc({ outcome: o.outcome });
  return outcomes;
}
