// The file-processing queue as senders see it. The handler lives in process-file.ts, which only
// the worker loads (it pulls in the extraction workers).
import { z } from 'zod';
import type { JobSpec } from '../jobs/define-job';

const payload = z.object({ fileId: z.uuid(), userId: z.uuid() });

export const processFileQueue: JobSpec<typeof payload> = {
  name: 'file-process',
  schema: payload,
  retry: { retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 600 },
  concurrency: 3,
  singletonKey: (p) => p.fileId,
};
