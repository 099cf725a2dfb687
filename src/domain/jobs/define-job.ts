// Jobs as data: a name, a zod payload schema, retry options and a handler. The worker registers
// every definition in each region's queue; senders validate the payload before it is queued.
import type PgBoss from 'pg-boss';
import type { z } from 'zod';
import { getQueue } from '@/db/queue';

export type JobMeta = { region: string; id: string; retryCount: number; retryLimit: number };

/** What senders need: the queue, its payload and its options (no handler, so no worker-only code). */
export type JobSpec<S extends z.ZodType = z.ZodType> = {
  name: string;
  schema: S;
  /** Retries with exponential backoff; a job still failing after the last one lands in `<name>.dead`. */
  retry: { retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number };
  /** Parallel handlers per region in one worker process. */
  concurrency: number;
  /** One waiting job per key (pg-boss "stately" policy): queuing the same file twice is a no-op. */
  singletonKey?: (payload: z.infer<S>) => string;
  /** Cron expression (UTC) for recurring jobs; their payload is `{}`. */
  cron?: string;
};

export type JobDefinition<S extends z.ZodType = z.ZodType> = JobSpec<S> & {
  handler: (payload: z.infer<S>, meta: JobMeta) => Promise<void>;
  /** Runs when the last retry failed, to leave a reason the user can read. */
  onGiveUp?: (payload: z.infer<S>, meta: JobMeta, error: unknown) => Promise<void>;
};

export function defineJob<S extends z.ZodType>(job: JobDefinition<S>): JobDefinition<S> {
  return job;
}

export function deadLetterName(job: JobSpec): string {
  return `${job.name}.dead`;
}

/**
 * Creates a queue unless it exists. Two processes creating the same queue at once can deadlock in
 * pg-boss' partition DDL; the loser looks again after a pause and finds the winner's queue.
 */
async function createQueueOnce(boss: PgBoss, name: string, options: Parameters<PgBoss['createQueue']>[1]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(name)) return;
    try {
      await boss.createQueue(name, options);
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}

/** Creates the job's queue and its dead-letter queue (idempotent). */
export async function ensureQueue(boss: PgBoss, job: JobSpec): Promise<void> {
  const dead = deadLetterName(job);
  await createQueueOnce(boss, dead, { name: dead, retentionDays: 30 });
  await createQueueOnce(boss, job.name, { name: job.name, ...job.retry, deadLetter: dead, policy: job.singletonKey ? 'stately' : 'standard' });
}

/** One creation per queue and process, shared by concurrent first senders (a web role without a worker). */
const ensured = new Map<string, Promise<void>>();

/** Queues one job per payload in the region's own queue. */
export async function enqueue<S extends z.ZodType>(region: string, job: JobSpec<S>, payloads: z.input<S>[]): Promise<void> {
  if (payloads.length === 0) return;
  const data = payloads.map((p) => job.schema.parse(p) as z.infer<S>);
  const boss = await getQueue(region);
  const key = `${region}/${job.name}`;
  let ready = ensured.get(key);
  if (!ready) {
    ready = ensureQueue(boss, job).catch((err: unknown) => {
      ensured.delete(key);
      throw err;
    });
    ensured.set(key, ready);
  }
  await ready;
  await boss.insert(data.map((d) => ({ name: job.name, data: d as object, singletonKey: job.singletonKey?.(d) })));
}
