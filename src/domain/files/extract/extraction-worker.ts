// One extraction worker thread: loads the extractors (pdf.js included) once, then serves one job at
// a time for the pool in extraction-pool.ts. Failures go back as error codes; anything that kills
// the thread (out of memory, a runaway parser) is the pool's to handle.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../errors';
import { extractDocument } from './extract-document';
import { EXIT_MEMORY_LIMIT, type WorkerData, type WorkerReply, type WorkerRequest } from './extraction-protocol';

const port = parentPort;
if (!port) throw new Error('extraction-worker.ts must run in a worker thread');
const { maxArrayBufferBytes } = workerData as WorkerData;

// resourceLimits cap the JS heap only, and decoded PDF streams live in ArrayBuffers. What a PDF may
// decode is decided from its bytes before pdf.js starts (check-pdf-streams.ts); this check is only
// the last resort for what that can't measure (encrypted streams, image codecs in content). It
// depends on timing — pdf.js decodes a stream in one go — so nothing else relies on it.
setInterval(() => {
  if (process.memoryUsage().arrayBuffers > maxArrayBufferBytes) process.exit(EXIT_MEMORY_LIMIT);
}, 50).unref();

function failure(err: unknown): { code: ErrorCode; message: string } {
  if (err instanceof AppError) return { code: err.code, message: String((err.options.cause as Error | undefined)?.message ?? err.message) };
  if (err instanceof RangeError) return { code: 'FILE_TOO_COMPLEX', message: err.message }; // allocation or string length limits
  return { code: 'FILE_CORRUPT', message: err instanceof Error ? err.message : String(err) };
}

port.on('message', async ({ id, kind, bytes }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { type: 'done', id, result: await extractDocument(bytes, kind) };
  } catch (err) {
    reply = { type: 'failed', id, ...failure(err) };
  }
  port.postMessage(reply);
});
port.postMessage({ type: 'ready' } satisfies WorkerReply);
