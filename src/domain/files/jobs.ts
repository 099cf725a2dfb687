// The file-processing queue as senders see it. The handler lives in process-file.ts, which only
// the worker loads (it pulls in the extraction workers).
import { z } from 'zod';
import type { JobSpec } from '../jobs/define-job';

/** How often a worker marks the file it is processing as still in hand. */
export const HEARTBEAT_MS = 15_000;
/** A file this long without a heartbeat has lost its worker (killed, out of memory, host gone). */
export const ORPHANED_AFTER_S = 60;

const payload = z.object({ fileId: z.uuid(), userId: z.uuid() });

export const processFileQueue: JobSpec<typeof payload> = {
  name: 'file-process',
  schema: payload,
  // Expiry is the last resort for a job whose worker died (the sweeper hands such jobs on within
  // about two minutes); it must outlast a slow analysis: OpenAI's 60 s timeout, retried.
  retry: { retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 600 },
  concurrency: 3,
  singletonKey: (p) => p.fileId,
};
