// The worker role: one pg-boss instance per regional cell, so a region's jobs never leave it.
import PgBoss from 'pg-boss';
import { queueOptions } from '@/db/queue';
import { closeExtractionPool } from '@/domain/files/extract/shared-pool';
import { ensureQueue, type JobDefinition, type JobMeta } from '@/domain/jobs/define-job';
import { jobs } from '@/domain/jobs/registry';
import { logger } from '@/platform/logger';
import { jobDuration, jobsProcessed, registerQueueDepth } from '@/platform/metrics';
import { regionIds } from '@/platform/regions-config';
import { reportRole } from '@/platform/role-health';

async function register(boss: PgBoss, region: string, job: JobDefinition): Promise<void> {
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
    const end = jobDuration.startTimer({ queue: job.name });
    try {
      await job.handler(parsed.data, meta);
      jobsProcessed.inc({ queue: job.name, outcome: 'completed' });
    } catch (err) {
      const last = meta.retryCount >= meta.retryLimit;
      logger.warn({ err, queue: job.name, region, jobId: j.id, retryCount: meta.retryCount, last }, 'job failed');
      jobsProcessed.inc({ queue: job.name, outcome: last ? 'dead' : 'retried' });
      if (last) await job.onGiveUp?.(parsed.data, meta, err).catch((e: unknown) => logger.error({ err: e, queue: job.name }, 'give-up step failed'));
      throw err;
    } finally {
      end();
    }
  };
  for (let i = 0; i < job.concurrency; i++) {
    await boss.work(job.name, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5 }, run);
  }
  if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
}

export type WorkerHandle = { stop: () => Promise<void>; bosses: Map<string, PgBoss> };

export async function startWorker(): Promise<WorkerHandle> {
  const bosses = new Map<string, PgBoss>();
  const lastError = new Map<string, string>();
  for (const region of regionIds) {
    const boss = new PgBoss(queueOptions(region));
    boss.on('error', (err) => {
      lastError.set(region, String(err));
      logger.error({ err, region }, 'job queue error');
    });
    await boss.start();
    for (const job of jobs) await register(boss, region, job);
    bosses.set(region, boss);
  }
  registerQueueDepth(async () => {
    const readings = [];
    for (const [region, boss] of bosses) {
      for (const job of jobs) readings.push({ queue: job.name, region, depth: await boss.getQueueSize(job.name).catch(() => 0) });
    }
    return readings;
  });
  reportRole('worker', () => ({
    status: lastError.size === 0 ? 'up' : 'down',
    detail: Object.fromEntries(regionIds.map((r) => [`queue:${r}`, lastError.has(r) ? 'error' : 'connected'])),
  }));
  logger.info({ regions: regionIds }, 'worker connected to every regional queue');
  return {
    bosses,
    stop: async () => {
      await Promise.all([...bosses.values()].map((b) => b.stop({ graceful: true, timeout: 10_000, wait: true })));
      await closeExtractionPool();
    },
  };
}
