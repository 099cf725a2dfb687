// A worker killed mid-batch (kill -9) loses and duplicates nothing: once its files miss their
// heartbeats the sweeper fails its jobs, pg-boss retries them on the next worker, and the
// idempotent pipeline finishes every file exactly once. Under a supervisor (npm start) its jobs
// go back at once instead, and a file in hand at two deaths fails rather than kill again.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sweepStalledFilesJob } from '@/domain/files/sweep-stalled-files';
import { handBackJobsOfDeadWorker } from '@/domain/jobs/hand-back-jobs-of-dead-worker';
import { startWorker } from '@/worker/start-worker';
import { call, verifiedUser } from '../support/api';
import { adminQuery } from '../support/db';
import { makePdf } from '../support/documents';
import { upload, waitForFiles } from '../support/files';

const FILES = 24;

/** A worker process of its own (tests/support/worker-process.ts), once it has connected. */
async function workerProcess() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/worker-process.ts'], { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('worker ready') && resolve());
    child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
  return child;
}

describe('a worker killed mid-batch', () => {
  it('leaves no file lost, stuck or processed twice', { timeout: 240_000 }, async () => {
    const u = await verifiedUser({ email: 'crash@files.test', country: 'US' });
    await call('POST', '/api/courses', { token: u.token, body: { name: 'Physics', code: 'PHYS101', professor: 'Dr. Feynman' } });
    const parts = await Promise.all(
      Array.from({ length: FILES }, async (_, i) => ({
        name: `physics-${i}.pdf`,
        bytes: await makePdf(Array.from({ length: 12 }, (_, p) => `Physics lecture ${i}, page ${p}: momentum, energy conservation, Newton's laws and oscillations (${i * 100 + p}).`)),
      })),
    );
    const ids: string[] = [];
    for (let i = 0; i < parts.length; i += 8) ids.push(...(await upload(u.token, parts.slice(i, i + 8))).json.data.map((d: { file: { id: string } }) => d.file.id));

    const child = await workerProcess();
    // Killed mid-batch: some files done, and a job of this student's in hand right now (a fast
    // worker can be between jobs at any given moment).
    for (;;) {
      const rows = await adminQuery(
        u.region,
        `select (select count(*) from files where user_id = $1 and status = 'ready')::int as ready,
                (select count(*) from pgboss.job j join files f on f.id::text = j.singleton_key
                  where j.name = 'file-process' and j.state = 'active' and f.user_id = $1)::int as active`,
        [u.userId],
      );
      if (rows[0].ready >= 3 && rows[0].active > 0) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const inHand = async () =>
      (await adminQuery(u.region, "select id from files where user_id = $1 and status in ('extracting', 'analysing') order by id", [u.userId])).map((r) => r.id as string);
    const activeJobs = async () =>
      (await adminQuery(u.region, "select data->>'fileId' as id from pgboss.job where name = 'file-process' and state = 'active' order by 1")).map((r) => r.id as string);
    // The dead worker's files: its active jobs (a job may have started an instant before its file was marked).
    const orphans = await activeJobs();
    expect(orphans.length).toBeGreaterThan(0);
    expect(orphans).toEqual(expect.arrayContaining(await inHand()));

    const sweep = () => sweepStalledFilesJob.handler({}, { region: u.region, id: 'sweep', retryCount: 0, retryLimit: 0 });
    const worker = await startWorker();
    try {
      // The new worker finishes the files still queued; the dead worker's stay in hand, with jobs
      // that would expire only in ten minutes.
      const others = ids.filter((id) => !orphans.includes(id));
      const done = await waitForFiles(u.token, others, 120_000);
      expect([...done.values()].every((f) => f.status === 'ready')).toBe(true);
      // Jobs running for over a minute whose files had a heartbeat within it: the sweeper leaves them
      // alone (their worker may be busy with a long analysis).
      await adminQuery(u.region, "update pgboss.job set started_on = now() - interval '61 seconds' where name = 'file-process' and state = 'active'");
      await sweep();
      expect(await activeJobs()).toEqual(orphans);
      // A minute on without a heartbeat: the sweeper hands their jobs on, and the new worker takes them.
      await adminQuery(u.region, "update files set updated_at = now() - interval '61 seconds' where id = any($1::uuid[])", [orphans]);
      await sweep();
      const files = await waitForFiles(u.token, ids, 60_000);
      expect([...files.values()].map((f) => f.status)).toEqual(Array(FILES).fill('ready'));
      expect(new Set([...files.values()].map((f) => f.display_name)).size).toBe(FILES);
      expect(await adminQuery(u.region, 'select count(*)::int as n from files where user_id = $1', [u.userId])).toEqual([{ n: FILES }]);
      expect(await adminQuery(u.region, 'select count(*)::int as n from file_texts where user_id = $1', [u.userId])).toEqual([{ n: FILES }]);
    } finally {
      await worker.stop();
    }
  });

  it('handed back at once by its supervisor: retried now, shown queued; a file at its second death fails FILE_TOO_COMPLEX', { timeout: 180_000 }, async () => {
    const u = await verifiedUser({ email: 'poison@files.test', country: 'US' });
    const parts = await Promise.all(
      Array.from({ length: 9 }, async (_, i) => ({ name: `notes-${i}.pdf`, bytes: await makePdf(Array.from({ length: 20 }, (_, p) => `Notes ${i}, page ${p}: ${'oscillation '.repeat(40)}`)) })),
    );
    const ids = (await upload(u.token, parts)).json.data.map((d: { file: { id: string } }) => d.file.id) as string[];
    const child = await workerProcess();
    let orphans: { id: string; key: string }[] = [];
    for (let i = 0; i < 2000 && orphans.length === 0; i++) {
      orphans = await adminQuery(
        u.region,
        "select j.id, j.singleton_key as key from pgboss.job j join files f on f.id::text = j.singleton_key where j.name = 'file-process' and j.state = 'active' and f.status in ('extracting', 'analysing') and f.user_id = $1",
        [u.userId],
      );
      if (orphans.length === 0) await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(orphans.length).toBeGreaterThan(0);
    const [poison, ...others] = orphans;

    const failed = await handBackJobsOfDeadWorker(u.region, [
      { queue: 'file-process', jobId: poison!.id, key: poison!.key, deaths: 2 },
      ...others.map((o) => ({ queue: 'file-process', jobId: o.id, key: o.key, deaths: 1 })),
    ]);
    expect(failed).toEqual([poison!.key]);
    const jobs = await adminQuery(u.region, "select id, state::text, start_after <= now() as due from pgboss.job where id = any($1::uuid[]) order by id", [orphans.map((o) => o.id)]);
    expect(jobs.find((j) => j.id === poison!.id)).toMatchObject({ state: 'cancelled' });
    for (const o of others) expect(jobs.find((j) => j.id === o.id)).toMatchObject({ state: 'retry', due: true });
    const files = await adminQuery(u.region, 'select id::text, status::text, error from files where id = any($1::uuid[])', [orphans.map((o) => o.key)]);
    expect(files.find((f) => f.id === poison!.key)).toMatchObject({ status: 'failed', error: 'FILE_TOO_COMPLEX' });
    for (const o of others) expect(files.find((f) => f.id === o.key)).toMatchObject({ status: 'queued' });

    const worker = await startWorker();
    try {
      const done = await waitForFiles(u.token, ids, 90_000);
      expect(ids.filter((id) => id !== poison!.key).map((id) => done.get(id)!.status)).toEqual(Array(ids.length - 1).fill('ready'));
      expect(done.get(poison!.key)).toMatchObject({ status: 'failed', error: 'FILE_TOO_COMPLEX' });
    } finally {
      await worker.stop();
    }
  });
});
