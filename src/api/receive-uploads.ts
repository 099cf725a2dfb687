// Streams a multipart upload to temporary files, hashing as it goes: memory stays bounded by the
// part buffers whatever the file sizes, and a cut-off request or a full disk leaves nothing behind.
// Every stream's error settles the request's promise: none may become an unhandled rejection,
// which would stop the whole process.
import busboy from 'busboy';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '@/domain/errors';
import { tempWriteError } from '@/domain/files/storage-errors';
import type { ReceivedUpload } from '@/domain/files/upload-files';
import { createRequestDir } from '@/storage/temp-uploads';

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
  const dir = await createRequestDir().catch((err: unknown) => {
    throw tempWriteError(err) ?? err;
  });
  const cleanup = () => rm(dir, { recursive: true, force: true });

  const uploads: ReceivedUpload[] = [];
  const fields: Record<string, string> = {};
  // Each settles with its error rather than rejecting: a rejection nobody awaits yet would be unhandled.
  const writes: Promise<AppError | undefined>[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const body = Readable.fromWeb(request.body as import('node:stream/web').ReadableStream);
      let parser: busboy.Busboy;
      let failed = false;
      /** Stops parsing at the first error; the rest of the body is read and dropped so the answer reaches the client. */
      const fail = (err: unknown) => {
        if (failed) return;
        failed = true;
        reject(err);
        body.unpipe(parser);
        body.resume();
        parser.destroy();
      };
      body.on('error', (err) => fail(new AppError('UPLOAD_INCOMPLETE', { cause: err })));
      try {
        parser = busboy({
          headers: { 'content-type': type },
          preservePath: true,
          defParamCharset: 'utf8',
          limits: { fileSize: maxFileBytes, files: MAX_FILES_PER_REQUEST, fields: 20, fieldSize: 4096, parts: MAX_FILES_PER_REQUEST + 20 },
        });
      } catch (err) {
        body.resume();
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
          pipeline(stream, tap(upload, hash), createWriteStream(upload.tempPath)).then(
            () => {
              upload.sha256 = hash.digest('hex');
              return undefined;
            },
            (err: unknown) => {
              // A full or failing temporary folder ends the request at once with its own code; a
              // part cut short by the client is an incomplete upload.
              const error = tempWriteError(err) ?? new AppError('UPLOAD_INCOMPLETE', { cause: err });
              fail(error);
              return error;
            },
          ),
        );
      });
      parser.on('field', (name, value) => (fields[name] = value));
      parser.on('filesLimit', () => fail(new AppError('TOO_MANY_FILES', { params: { max: MAX_FILES_PER_REQUEST } })));
      parser.on('error', (err) =>
        fail(
          // busboy refuses a part whose headers it cannot parse: a raw control character in a file
          // name, or a name past its header limit. That is the request's content, not a cut-off upload.
          /malformed part header/i.test(String((err as Error | undefined)?.message))
            ? new AppError('VALIDATION_FAILED', { cause: err, details: [{ path: 'files', code: 'malformed_part' }] })
            : new AppError('UPLOAD_INCOMPLETE', { cause: err }),
        ),
      );
      parser.on('close', resolve);
      body.pipe(parser);
    });
    const failed = (await Promise.all(writes)).find((e) => e !== undefined);
    if (failed) throw failed;
  } catch (err) {
    await Promise.all(writes);
    await cleanup();
    throw err;
  }
  if (uploads.length === 0) {
    await cleanup();
    throw new AppError('VALIDATION_FAILED', { details: [{ path: 'files', code: 'required' }] });
  }
  return { uploads, fields, cleanup };
}
