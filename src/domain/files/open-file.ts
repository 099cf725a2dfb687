// Reading a file back: a download (a short-lived signed URL where the store offers one, else an
// authorised stream) and the in-browser preview.
import type { Readable } from 'node:stream';
import { findFileText, type FileRow } from '@/db/queries/files';
import { storageFor } from '@/storage/storage-for-region';
import type { UserContext } from '../context';
import { downloadName, kindOfMime } from './file-kinds';
import { objectReadError } from './storage-errors';

export const SIGNED_URL_SECONDS = 60;

export type Download =
  | { redirect: string }
  | { stream: Readable; fileName: string; contentType: string; size: number };

export async function openDownload(ctx: UserContext, file: FileRow, inline: boolean): Promise<Download> {
  const store = storageFor(ctx.region);
  const fileName = downloadName(file.displayName, file.fileType);
  try {
    const url = await store.signedDownloadUrl(file.storageKey, { fileName, contentType: file.fileType, inline, expiresInSeconds: SIGNED_URL_SECONDS });
    if (url) return { redirect: url };
    return { stream: await store.get(file.storageKey), fileName, contentType: file.fileType, size: file.fileSize };
  } catch (err) {
    throw objectReadError(err) ?? err;
  }
}

export async function previewFile(ctx: UserContext, file: FileRow) {
  const kind = kindOfMime(file.fileType);
  if (kind === 'image') return { kind, html: null, text: null, pages: null };
  const text = await findFileText(ctx.tx, file.id);
  if (kind === 'text' || kind === 'markdown') return { kind, html: null, text: text?.content ?? null, pages: null };
  // A DOCX shows the HTML the pipeline rendered with its text; one stored before previews were
  // rendered there shows its text page by page.
  if (kind === 'docx' && text?.html) return { kind, html: text.html, text: null, pages: null };
  return { kind, html: null, text: null, pages: text?.pages ?? null };
}
