// The worker role: one pg-boss instance per regional cell, so a region's jobs never leave it.
import PgBoss from 'pg-boss';
import { queueOptions } from '@/db/queue';
import { closeExtractionPool } from '@/domain/files/extract/shared-pool';
import { ensureQueue, type JobDefinition, type JobMeta } from '@/domain/jobs/define-job';
import { describeJobFailure, JobFailure } from '@/domain/jobs/describe-job-failure';
import { jobs } from '@/domain/jobs/registry';
import { logger } from '@/platform/logger';
import { jobDuration, jobsProcessed, registerQueueDepth } from '@/platform/metrics';
import { regionIds } from '@/platform/regions-config';
import { forgetRole, reportRole } from '@/platform/role-health';
import { ExclusiveGate } from './exclusive-gate';

/** How often each region's queue database is asked whether it answers: health follows it within this. */
export const QUEUE_PROBE_MS = 3_000;

/**
 * A job this worker fetched: a supervisor hands it back at once when the process dies. `running` is
 * false while it waits for the exclusive gate (only a running job can have caused the death).
 */
export type JobInHand = { region: string; queue: string; jobId: string; key: string | null; running: boolean };

/** One job's identity across retries and re-queues: the file it is about, when it names one. */
export function jobInHandKey(j: Pick<JobInHand, 'region' | 'queue' | 'jobId' | 'key'>): string {
  return `${j.region}/${j.queue}/${j.key ?? j.jobId}`;
}

export type WorkerOptions = {
  /** The jobs to run; every registered job unless given. */
  jobs?: JobDefinition[];
  /** Called with every job in hand whenever the set changes (a job is fetched, starts or settles). */
  onJobsInHand?: (jobs: JobInHand[]) => void;
  /** Keys (jobInHandKey) of jobs that were running when a worker died: each runs alone. */
  suspects?: Set<string>;
};

type InHand = { set: (j: JobInHand) => void; remove: (id: string) => void; gate: ExclusiveGate; suspects: Set<string> };

async function register(boss: PgBoss, region: string, job: JobDefinition, inHand: InHand): Promise<void> {
  await ensureQueue(boss, job);
  const run = async ([j]: PgBoss.JobWithMetadata<unknown>[]) => {
    if (!j) return;
    const parsed = job.schema.safeParse(j.data);
    if (!parsed.success) {
      // A payload that does not validate will never validate: complete it, loudly, without retries.
      logger.error({ queue: job.name, region, jobId: j.id, issues: parsed.error.issues }, 'job payload rejected');
      jobsProcessed.inc({ queue: job.name, outcome: 'invalid' });
      return;
    }
    const meta: JobMeta = { region, id: j.id, retryCount: j.retryCount, retryLimit: j.retryLimit };
    const held: JobInHand = { region, queue: job.name, jobId: j.id, key: j.singletonKey ?? null, running: false };
    const alone = inHand.suspects.has(jobInHandKey(held));
    inHand.set(held);
    await inHand.gate.enter(alone);
    inHand.set({ ...held, running: true });
    const end = jobDuration.startTimer({ queue: job.name });
    try {
      await job.handler(parsed.data, meta);
      jobsProcessed.inc({ queue: job.name, outcome: 'completed' });
    } catch (err) {
      const last = meta.retryCount >= meta.retryLimit;
      const failure = describeJobFailure(err);
      logger.warn({ failure, queue: job.name, region, jobId: j.id, retryCount: meta.retryCount, last }, 'job failed');
      jobsProcessed.inc({ queue: job.name, outcome: last ? 'dead' : 'retried' });
      if (last) await job.onGiveUp?.(parsed.data, meta, err).catch((e: unknown) => logger.error({ failure: describeJobFailure(e), queue: job.name }, 'give-up step failed'));
      // pg-boss stores what it is thrown as the job's output: only the clean description goes.
      throw new JobFailure(failure);
    } finally {
      inHand.remove(j.id);
      inHand.gate.leave(alone);
      end();
    }
  };
  for (let i = 0; i < job.concurrency; i++) {
    await boss.work(job.name, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5 }, run);
  }
  if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
}

export type WorkerHandle = { stop: () => Promise<void>; bosses: Map<string, PgBoss> };

export async function startWorker(opts: WorkerOptions = {}): Promise<WorkerHandle> {
  const definitions = opts.jobs ?? jobs;
  const bosses = new Map<string, PgBoss>();
  // A region's queue is down from its error until the next probe that reaches its database.
  const queueDown = new Set<string>();
  const running = new Map<string, JobInHand>();
  const inHand: InHand = {
    gate: new ExclusiveGate(),
    suspects: opts.suspects ?? new Set(),
    set: (j: JobInHand) => {
      running.set(j.jobId, j);
      opts.onJobsInHand?.([...running.values()]);
    },
    remove: (id: string) => {
      running.delete(id);
      opts.onJobsInHand?.([...running.values()]);
    },
  };
  for (const region of regionIds) {
    const boss = new PgBoss(queueOptions(region));
    boss.on('error', (err) => {
      queueDown.add(region);
      logger.error({ err, region }, 'job queue error');
    });
    await boss.start();
    for (const job of definitions) await register(boss, region, job, inHand);
    bosses.set(region, boss);
  }
  const probe = setInterval(() => {
    for (const [region, boss] of bosses) {
      boss
        .getDb()
        .executeSql('select 1', [])
        .then(
          () => queueDown.delete(region),
          () => queueDown.add(region),
        );
    }
  }, QUEUE_PROBE_MS);
  probe.unref();
  registerQueueDepth(async () => {
    const readings = [];
    for (const [region, boss] of bosses) {
      for (const job of definitions) readings.push({ queue: job.name, region, depth: await boss.getQueueSize(job.name).catch(() => 0) });
    }
    return readings;
  });
  reportRole('worker', () => ({
    status: queueDown.size === 0 ? 'up' : 'down',
    detail: Object.fromEntries(regionIds.map((r) => [`queue:${r}`, queueDown.has(r) ? 'error' : 'connected'])),
  }));
  logger.info({ regions: regionIds }, 'worker connected to every regional queue');
  return {
    bosses,
    stop: async () => {
      clearInterval(probe);
      forgetRole('worker');
      await Promise.all([...bosses.values()].map((b) => b.stop({ graceful: true, timeout: 10_000, wait: true })));
      await closeExtractionPool();
    },
  };
}
