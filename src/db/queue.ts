// The job queue lives in each region's own database (pg-boss), so a region's jobs never leave it.
// Senders (the web role) use a light instance without maintenance; the worker role runs the full one.
import PgBoss from 'pg-boss';
import { appUrl } from './urls';

const SCHEMA = 'pgboss';

export function queueOptions(region: string): PgBoss.ConstructorOptions {
  return { connectionString: appUrl(region), schema: SCHEMA, max: 4 };
}

const senders = new Map<string, Promise<PgBoss>>();

export function getQueue(region: string): Promise<PgBoss> {
  let boss = senders.get(region);
  if (!boss) {
    const instance = new PgBoss({ ...queueOptions(region), max: 2, supervise: false, schedule: false });
    instance.on('error', () => senders.delete(region));
    boss = instance.start().then(() => instance);
    boss.catch(() => senders.delete(region));
    senders.set(region, boss);
  }
  return boss;
}

/** A queue's jobs that have been active since before `startedBefore`, with their singleton keys. */
export async function longActiveJobs(boss: PgBoss, queue: string, startedBefore: Date): Promise<{ id: string; key: string | null }[]> {
  const { rows } = (await boss
    .getDb()
    .executeSql(`select id, singleton_key as key from ${SCHEMA}.job where name = $1 and state = 'active' and started_on < $2`, [queue, startedBefore])) as {
    rows: { id: string; key: string | null }[];
  };
  return rows;
}

export async function stopQueues(): Promise<void> {
  const all = [...senders.values()];
  senders.clear();
  await Promise.all(all.map(async (b) => (await b.catch(() => null))?.stop({ graceful: false, wait: true })));
}
