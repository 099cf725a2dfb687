// Runs text extraction in a small pool of worker threads, so a hostile upload can neither block
// the event loop nor exhaust the process's memory: what a PDF may decode is decided from its bytes
// first (check-pdf-streams.ts), zips are inflated under limits (safe-unzip.ts); as last resorts
// each thread has its own heap limit and buffer budget, each job a deadline, and a thread that
// times out or dies is thrown away and replaced. Only the job that thread was running fails;
// queued and other in-flight jobs carry on. A thread idle for `idleMs` ends, so the memory its
// heap grew to during a burst goes back to the operating system instead of staying with the process.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { LARGEST_UPLOAD_BYTES } from '../../billing/plans';
import { AppError, type ErrorCode } from '../../errors';
import type { FileKind } from '../schemas';
import { bundleExtractionWorker } from './bundle-extraction-worker';
import { EXIT_MEMORY_LIMIT, type WorkerData, type WorkerReply, type WorkerRequest } from './extraction-protocol';
import type { ExtractedDocument } from './types';

export type ExtractionPoolOptions = {
  /** Worker threads; default min(2, available parallelism − 1), at least 1. */
  size?: number;
  /** Per-job deadline from the moment a worker starts on it; default 60 s. */
  timeoutMs?: number;
  /** Heap limit of each worker; default 512 MB. */
  maxOldGenerationSizeMb?: number;
  /** ArrayBuffer memory (decoded streams, inputs) each worker may hold; default 1024 MB. */
  maxArrayBufferMb?: number;
  /** Larger inputs are refused with FILE_TOO_LARGE before reaching a worker; default the largest upload any plan accepts. */
  maxInputBytes?: number;
  /** A worker with nothing to do for this long ends (the next job starts a new one, ~0.5 s); default 10 s. */
  idleMs?: number;
};

export type ExtractionPool = {
  /**
   * Extracts the text of `bytes` (of a kind established by sniffFileType) in a worker thread.
   * The bytes are transferred, not copied, when they own their whole ArrayBuffer: `bytes` is
   * then detached (empty) once this returns, so pass a copy if you still need them.
   * Rejects with AppError FILE_EMPTY, FILE_TOO_LARGE, FILE_CORRUPT, FILE_ENCRYPTED or
   * FILE_TOO_COMPLEX (zip bomb, deadline, out of memory); INTERNAL if the pool is closed or a
   * worker can't start.
   */
  extract(bytes: Uint8Array, kind: FileKind): Promise<ExtractedDocument>;
  /** Rejects what is pending and stops the workers. */
  close(): Promise<void>;
};

type Job = {
  id: number;
  kind: FileKind;
  bytes: Uint8Array;
  resolve: (result: ExtractedDocument) => void;
  reject: (err: AppError) => void;
};

type Slot = {
  worker: Worker;
  ready: boolean;
  /** Being thrown away (timed out, crashed or closing): takes no more jobs. */
  retired: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
  idleTimer?: NodeJS.Timeout;
  error?: Error;
};

// The worker entry is a tiny .mjs that imports the worker: the bundle bundle-extraction-worker.ts
// makes of it, or, without esbuild, the TypeScript itself after registering tsx in the thread
// (Node 20 workers don't inherit tsx's hooks, and `execArgv: ['--import', 'tsx']` doesn't help
// either). Both work the same under `node --import tsx`, the tsx CLI and vitest. execArgv is
// emptied so no parent flag (e.g. --inspect) reaches it.
const BOOTSTRAP = new URL('./extraction-worker-bootstrap.mjs', import.meta.url);
const ENTRY = new URL('./extraction-worker.ts', import.meta.url);

/** A Uint8Array that owns its whole ArrayBuffer, so it can be transferred without detaching anything else. */
function transferable(bytes: Uint8Array): Uint8Array {
  if (bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes;
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}

export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  // One core stays with the main thread and PostgreSQL: on 2 cores a second thread cost ~350 MB of
  // RSS and ingested no faster (200 documents in 36 s either way).
  const size = Math.max(1, options.size ?? Math.min(2, os.availableParallelism() - 1));
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxOldGenerationSizeMb = options.maxOldGenerationSizeMb ?? 512;
  const maxArrayBufferMb = options.maxArrayBufferMb ?? 1024;
  const maxInputBytes = options.maxInputBytes ?? LARGEST_UPLOAD_BYTES;
  const idleMs = options.idleMs ?? 10_000;

  const slots = new Set<Slot>();
  const queue: Job[] = [];
  /** The worker module once bundled (first job only; ~0.5 s, off the event loop). */
  let entry: URL | undefined;
  let bundling = false;
  let nextId = 1;
  let closed = false;

  const fail = (code: ErrorCode, cause?: unknown) => new AppError(code, { cause });

  function spawn() {
    const worker = new Worker(BOOTSTRAP, {
      workerData: { entry: entry!.href, maxArrayBufferBytes: maxArrayBufferMb * 1024 * 1024 } satisfies WorkerData,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
      name: 'file-extraction',
    });
    const slot: Slot = { worker, ready: false, retired: false };
    slots.add(slot);
    worker.on('message', (reply: WorkerReply) => onReply(slot, reply));
    worker.on('error', (err) => {
      slot.error = err; // 'exit' follows and settles the job
    });
    worker.on('exit', (exitCode) => onExit(slot, exitCode));
  }

  function onReply(slot: Slot, reply: WorkerReply) {
    if (reply.type === 'ready') {
      slot.ready = true;
      if (!slot.job) slot.worker.unref();
      pump();
      idleFrom(slot);
      return;
    }
    const job = slot.job;
    if (!job || job.id !== reply.id) return; // a late answer for a job that already timed out
    finish(slot);
    if (reply.type === 'done') job.resolve(reply.result);
    else job.reject(fail(reply.code, new Error(reply.message)));
    pump();
    idleFrom(slot);
  }

  /** Ends the worker if it is still without a job `idleMs` from now. */
  function idleFrom(slot: Slot) {
    clearTimeout(slot.idleTimer);
    if (slot.job || slot.retired) return;
    slot.idleTimer = setTimeout(() => {
      if (!slot.job && !slot.retired) retire(slot);
    }, idleMs);
    slot.idleTimer.unref();
  }

  function finish(slot: Slot) {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.job = undefined;
    if (!slot.retired) slot.worker.unref(); // idle workers don't keep the process alive
  }

  function retire(slot: Slot) {
    slot.retired = true;
    void slot.worker.terminate();
  }

  function onExit(slot: Slot, exitCode: number) {
    slots.delete(slot);
    const job = slot.job;
    if (job) {
      finish(slot);
      const heap = (slot.error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const buffers = exitCode === EXIT_MEMORY_LIMIT;
      const cause = slot.error ?? new Error(buffers ? `more than ${maxArrayBufferMb} MB of buffers` : `extraction worker exited with code ${exitCode}`);
      job.reject(fail(heap || buffers ? 'FILE_TOO_COMPLEX' : 'FILE_CORRUPT', cause));
    }
    if (!slot.ready && !slot.retired) {
      // The thread died before it could take work: an installation or configuration problem, not
      // the file's. Don't respawn from here (that would loop); if no worker is up to serve the
      // queue, fail it. The next extract() tries to start workers again, from a fresh bundle
      // (node_modules/.cache may have been cleared under a running server).
      if (![...slots].some((s) => s.ready && !s.retired)) {
        entry = undefined;
        bundling = false;
        for (const queued of queue.splice(0)) queued.reject(fail('INTERNAL', slot.error ?? new Error('extraction worker failed to start')));
      }
      return;
    }
    if (!closed) pump();
  }

  function dispatch(slot: Slot, job: Job) {
    clearTimeout(slot.idleTimer);
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      if (slot.job !== job) return;
      finish(slot);
      retire(slot);
      job.reject(fail('FILE_TOO_COMPLEX', new Error(`extraction took longer than ${timeoutMs} ms`)));
      pump();
    }, timeoutMs);
    const bytes = transferable(job.bytes);
    job.bytes = new Uint8Array(0);
    slot.worker.postMessage({ id: job.id, kind: job.kind, bytes } satisfies WorkerRequest, [bytes.buffer as ArrayBuffer]);
  }

  function pump() {
    if (!entry && queue.length > 0 && !closed) {
      if (!bundling) {
        bundling = true;
        bundleExtractionWorker(ENTRY)
          .catch(() => ENTRY) // the bootstrap can still run the TypeScript through tsx
          .then((url) => {
            entry = url;
            pump();
          });
      }
      return;
    }
    while (!closed && queue.length > 0) {
      const live = [...slots].filter((s) => !s.retired);
      const idle = live.find((s) => s.ready && !s.job);
      if (idle) {
        dispatch(idle, queue.shift()!);
        continue;
      }
      const starting = live.filter((s) => !s.ready).length;
      if (live.length < size && starting < queue.length) {
        spawn();
        continue;
      }
      return;
    }
  }

  return {
    extract(bytes, kind) {
      if (closed) return Promise.reject(fail('INTERNAL', new Error('extraction pool is closed')));
      if (bytes.byteLength === 0) return Promise.reject(fail('FILE_EMPTY'));
      if (bytes.byteLength > maxInputBytes) return Promise.reject(fail('FILE_TOO_LARGE'));
      if (kind === 'image') return Promise.resolve({ pages: [], pageCount: null });
      return new Promise<ExtractedDocument>((resolve, reject) => {
        queue.push({ id: nextId++, kind, bytes, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      const error = () => fail('INTERNAL', new Error('extraction pool is closed'));
      for (const job of queue.splice(0)) job.reject(error());
      await Promise.all(
        [...slots].map((slot) => {
          const job = slot.job;
          if (job) {
            finish(slot);
            job.reject(error());
          }
          slot.retired = true;
          clearTimeout(slot.idleTimer);
          return slot.worker.terminate();
        }),
      );
      slots.clear();
    },
  };
}
