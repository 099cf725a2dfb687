// Entry point of every extraction worker thread. The pool normally hands it the worker bundled as
// plain JavaScript (bundle-extraction-worker.ts). Without esbuild it gets the TypeScript worker
// instead: on Node 20 a worker does not get the parent's tsx module hooks — neither inherited nor
// through `execArgv: ['--import', 'tsx']` (both fail with "Unknown file extension .ts", under
// `node --import tsx`, the tsx CLI and vitest alike) — so the hooks are registered here, in the
// thread, before the TypeScript worker is loaded.
import { workerData } from 'node:worker_threads';

const { entry } = workerData;
if (entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(entry);
