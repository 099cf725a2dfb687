// The worker role: one pg-boss instance per regional cell, so a region's jobs never leave it.
import PgBoss from 'pg-boss';
import { appUrl } from '@/db/urls';
import { logger } from '@/platform/logger';
import { regionIds } from '@/platform/regions-config';
import { reportRole } from '@/platform/role-health';

export type WorkerHandle = { stop: () => Promise<void>; bosses: Map<string, PgBoss> };

export async function startWorker(): Promise<WorkerHandle> {
  const bosses = new Map<string, PgBoss>();
  const lastError = new Map<string, string>();
  for (const region of regionIds) {
    const boss = new PgBoss({ connectionString: appUrl(region), schema: 'pgboss', max: 4 });
    boss.on('error', (err) => {
      lastError.set(region, String(err));
      logger.error({ err, region }, 'job queue error');
    });
    await boss.start();
    bosses.set(region, boss);
  }
  reportRole('worker', () => ({
    status: lastError.size === 0 ? 'up' : 'down',
    detail: Object.fromEntries(regionIds.map((r) => [`queue:${r}`, lastError.has(r) ? 'error' : 'connected'])),
  }));
  logger.info({ regions: regionIds }, 'worker connected to every regional queue');
  return {
    bosses,
    stop: async () => {
      await Promise.all([...bosses.values()].map((b) => b.stop({ graceful: true, timeout: 10_000 })));
    },
  };
}
