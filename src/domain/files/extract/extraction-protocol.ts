// What passes between extraction-pool.ts and extraction-worker.ts.
import type { ErrorCode } from '../../errors';
import type { FileKind } from '../schemas';
import type { ExtractedDocument } from './types';

export type WorkerData = {
  /** URL of the worker module (bundled, or TypeScript under tsx), loaded by extraction-worker-bootstrap.mjs. */
  entry: string;
  /** ArrayBuffer memory (outside the JS heap, so outside resourceLimits) the thread may hold. */
  maxArrayBufferBytes: number;
};

export type WorkerRequest = { id: number; kind: FileKind; bytes: Uint8Array };

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: ExtractedDocument }
  | { type: 'failed'; id: number; code: ErrorCode; message: string };

/** Exit code of a worker that stopped itself for holding too much ArrayBuffer memory. */
export const EXIT_MEMORY_LIMIT = 86;
