// The storage interface every region's object store implements (DESIGN.md §4 Files): a local folder
// for the embedded default, any S3-compatible service in production. Keys never leave the server.
import type { Readable } from 'node:stream';

export type DownloadOptions = { fileName: string; contentType: string; inline: boolean; expiresInSeconds: number };

export type StoredObject = { key: string; modifiedAt: Date };
/** A write that never finished (a cut-off or crashed put): a `.partial-*` file, or an S3 multipart upload. */
export type UnfinishedWrite = { key: string; startedAt: Date; id: string };

export interface ObjectStorage {
  readonly driver: 'local' | 's3';
  /** Where the objects live (a folder or s3://bucket), for operators and residency checks. */
  readonly location: string;
  /** Stores the stream under key; resolves once every byte is durable. */
  put(key: string, body: Readable, contentType: string): Promise<void>;
  get(key: string): Promise<Readable>;
  read(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
  /** Removes the object and any unfinished write of it: what a put that never got its row left behind. */
  discard(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** A short-lived signed URL the browser can fetch directly, or null when the API must stream the object. */
  signedDownloadUrl(key: string, options: DownloadOptions): Promise<string | null>;
  /** Every complete object, for the debris sweep. */
  listObjects(): AsyncIterable<StoredObject>;
  listUnfinished(): AsyncIterable<UnfinishedWrite>;
  abortUnfinished(write: UnfinishedWrite): Promise<void>;
  /** Throws unless the store takes a write (readiness): a tiny probe is written and removed, so a full or read-only store is down. */
  check(): Promise<void>;
}

const KEY_RE = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

/** Keys are built by the server from ids only; anything else is a bug, never a path to follow. */
export function assertSafeKey(key: string): void {
  if (!isObjectKey(key)) throw new Error(`unsafe storage key: ${key}`);
}

/** A name the server could have given an object (readiness probes and unfinished writes never are). */
export function isObjectKey(key: string): boolean {
  return KEY_RE.test(key);
}

/** RFC 6266 Content-Disposition with a UTF-8 file name and an ASCII fallback. */
export function contentDisposition(fileName: string, inline: boolean): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
