// The worker role: one pg-boss instance per regional cell, so a region's jobs never leave it.
import PgBoss from 'pg-boss';
import { appUrl } from '@/db/urls';
import { logger } from '@/platform/logger';
import { regionIds } from '@/platform/regions-config';

export type WorkerHandle = { stop: () => Promise<void>; bosses: Map<string, PgBoss> };

export async function startWorker(): Promise<WorkerHandle> {
  const bosses = new Map<string, PgBoss>();
  for (const region of regionIds) {
    const boss = new PgBoss({ connectionString: appUrl(region), schema: 'pgboss', max: 4 });
    boss.on('error', (err) => logger.error({ err, region }, 'job queue error'));
    await boss.start();
    bosses.set(region, boss);
  }
  logger.info({ regions: regionIds }, 'worker connected to every regional queue');
  return {
    bosses,
    stop: async () => {
      await Promise.all([...bosses.values()].map((b) => b.stop({ graceful: true, timeout: 10_000 })));
    },
  };
}
