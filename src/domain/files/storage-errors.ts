// What a failed read or write of files means for the student. A full disk or an unreachable store is
// no fault of theirs and no bug of ours: it gets its own code (507/503) instead of a bare 500.
import { AppError } from '../errors';

const FULL = new Set(['ENOSPC', 'EDQUOT']);
// The folder (or the disk under it) refuses every write: permissions, read-only, I/O error, gone.
const UNREACHABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'EIO', 'ENOENT', 'ENOTDIR', 'ENODEV', 'ENXIO', 'ESTALE', 'EMFILE', 'ENFILE', 'EBUSY']);
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ECONNABORTED']);

type Failure = { code?: string; name?: string; $metadata?: { httpStatusCode?: number }; cause?: unknown };

/** `remote`: the write went over the network (S3), so its errors count; a local folder's never do (a client's reset is no storage fault). */
function kindOf(err: unknown, remote: boolean): 'full' | 'unreachable' | null {
  for (let e = err as Failure | undefined, depth = 0; e && depth < 5; e = e.cause as Failure | undefined, depth++) {
    if (e.code && FULL.has(e.code)) return 'full';
    if (e.code && UNREACHABLE.has(e.code)) return 'unreachable';
    if (!remote) continue;
    // S3-compatible services: MinIO's XMinioStorageFull and any 507 mean the same.
    if (e.$metadata?.httpStatusCode === 507 || /StorageFull|QuotaExceeded/i.test(e.name ?? '')) return 'full';
    if (e.code && NETWORK.has(e.code)) return 'unreachable';
    // Any answer of the service refusing the write (5xx, a missing bucket, denied credentials).
    if (e.$metadata || e.name === 'TimeoutError') return 'unreachable';
  }
  return null;
}

/** Writing an object to the region's store failed: STORAGE_FULL or STORAGE_UNAVAILABLE, or null for a fault of ours. */
export function objectWriteError(err: unknown): AppError | null {
  const kind = kindOf(err, true);
  if (!kind) return null;
  return new AppError(kind === 'full' ? 'STORAGE_FULL' : 'STORAGE_UNAVAILABLE', { cause: err });
}

/** Receiving an upload into the temporary folder failed: TEMP_SPACE_FULL or STORAGE_UNAVAILABLE, or null. */
export function tempWriteError(err: unknown): AppError | null {
  const kind = kindOf(err, false);
  if (!kind) return null;
  return new AppError(kind === 'full' ? 'TEMP_SPACE_FULL' : 'STORAGE_UNAVAILABLE', { cause: err });
}

/** Reading an object back (a download) failed: STORAGE_UNAVAILABLE when the store or its disk refused, or null. */
export function objectReadError(err: unknown): AppError | null {
  return kindOf(err, true) ? new AppError('STORAGE_UNAVAILABLE', { cause: err }) : null;
}
