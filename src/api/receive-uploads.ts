// Streams a multipart upload to temporary files, hashing as it goes: memory stays bounded by the
// part buffers whatever the file sizes, and a cut-off request leaves nothing behind.
import busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '@/domain/errors';
import type { ReceivedUpload } from '@/domain/files/upload-files';
import { env } from '@/platform/env';

const HEAD_BYTES = 64 * 1024;
export const MAX_FILES_PER_REQUEST = 50;

export type ReceivedForm = { uploads: ReceivedUpload[]; fields: Record<string, string>; cleanup: () => Promise<void> };

function tap(upload: ReceivedUpload, hash: ReturnType<typeof createHash>): Transform {
  const head: Buffer[] = [];
  let headLength = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      upload.size += chunk.length;
      if (headLength < HEAD_BYTES) {
        const part = chunk.subarray(0, HEAD_BYTES - headLength);
        head.push(part);
        headLength += part.length;
        upload.head = Buffer.concat(head);
      }
      done(null, chunk);
    },
  });
}

export async function receiveUploads(request: Request, maxFileBytes: number): Promise<ReceivedForm> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(type) || !request.body) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const dir = path.join(env.DATA_DIR, 'tmp', 'uploads', randomUUID());
  await mkdir(dir, { recursive: true });
  const cleanup = () => rm(dir, { recursive: true, force: true });

  const uploads: ReceivedUpload[] = [];
  const fields: Record<string, string> = {};
  const writes: Promise<void>[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: { 'content-type': type },
          preservePath: true,
          defParamCharset: 'utf8',
          limits: { fileSize: maxFileBytes, files: MAX_FILES_PER_REQUEST, fields: 20, fieldSize: 4096, parts: MAX_FILES_PER_REQUEST + 20 },
        });
      } catch (err) {
        reject(new AppError('UNSUPPORTED_MEDIA_TYPE', { cause: err }));
        return;
      }
      parser.on('file', (field, stream, info) => {
        if (field !== 'files') {
          stream.resume();
          return;
        }
        const upload: ReceivedUpload = { rawName: info.filename ?? 'unnamed', tempPath: path.join(dir, String(uploads.length)), size: 0, sha256: '', head: new Uint8Array(), truncated: false };
        uploads.push(upload);
        const hash = createHash('sha256');
        stream.on('limit', () => (upload.truncated = true));
        writes.push(
          pipeline(stream, tap(upload, hash), createWriteStream(upload.tempPath)).then(() => {
            upload.sha256 = hash.digest('hex');
          }),
        );
      });
      parser.on('field', (name, value) => (fields[name] = value));
      parser.on('filesLimit', () => reject(new AppError('TOO_MANY_FILES', { params: { max: MAX_FILES_PER_REQUEST } })));
      parser.on('error', (err) => reject(new AppError('UPLOAD_INCOMPLETE', { cause: err })));
      parser.on('close', resolve);
      const body = Readable.fromWeb(request.body as import('node:stream/web').ReadableStream);
      body.on('error', (err) => {
        parser.destroy();
        reject(new AppError('UPLOAD_INCOMPLETE', { cause: err }));
      });
      body.pipe(parser);
    });
    await Promise.all(writes);
  } catch (err) {
    await Promise.allSettled(writes);
    await cleanup();
    throw err;
  }
  if (uploads.length === 0) {
    await cleanup();
    throw new AppError('VALIDATION_FAILED', { details: [{ path: 'files', code: 'required' }] });
  }
  return { uploads, fields, cleanup };
}
