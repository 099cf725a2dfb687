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

/** Jobs of a queue active for over `seconds` (by the database's clock), and whether each is on its last attempt. */
export async function longActiveJobs(boss: PgBoss, queue: string, seconds: number): Promise<{ id: string; key: string | null; lastAttempt: boolean }[]> {
  const { rows } = (await boss.getDb().executeSql(
    `select id, singleton_key as key, retry_count >= retry_limit as "lastAttempt" from ${SCHEMA}.job
     where name = $1 and state = 'active' and started_on < now() - make_interval(secs => $2)`,
    [queue, seconds],
  )) as { rows: { id: string; key: string | null; lastAttempt: boolean }[] };
  return rows;
}

/** A queue's unfinished jobs (created, waiting to retry, or active) for the given singleton keys. */
export async function unfinishedJobs(boss: PgBoss, queue: string, keys: string[]): Promise<{ id: string; key: string; state: 'created' | 'retry' | 'active' }[]> {
  if (keys.length === 0) return [];
  const { rows } = (await boss
    .getDb()
    .executeSql(`select id, singleton_key as key, state::text as state from ${SCHEMA}.job where name = $1 and state < 'completed' and singleton_key = any($2::text[])`, [
      queue,
      keys,
    ])) as { rows: { id: string; key: string; state: 'created' | 'retry' | 'active' }[] };
  return rows;
}

export async function stopQueues(): Promise<void> {
  const all = [...senders.values()];
  senders.clear();
  await Promise.all(all.map(async (b) => (await b.catch(() => null))?.stop({ graceful: false, wait: true })));
}

/**
 * Fails active jobs whose worker died and makes their retries due now rather than after the retry
 * delay. Jobs on their last attempt go to the dead-letter queue: the caller answers for them.
 */
export async function handBackJobs(boss: PgBoss, queue: string, ids: string[], output: object): Promise<{ id: string; key: string | null; lastAttempt: boolean }[]> {
  if (ids.length === 0) return [];
  const { rows } = (await boss.getDb().executeSql(
    `select id, singleton_key as key, retry_count >= retry_limit as "lastAttempt" from ${SCHEMA}.job where name = $1 and state = 'active' and id = any($2::uuid[])`,
    [queue, ids],
  )) as { rows: { id: string; key: string | null; lastAttempt: boolean }[] };
  if (rows.length === 0) return [];
  await boss.fail(queue, rows.map((r) => r.id), output);
  await boss.getDb().executeSql(`update ${SCHEMA}.job set start_after = now() where name = $1 and state = 'retry' and id = any($2::uuid[])`, [queue, rows.map((r) => r.id)]);
  return rows;
}
