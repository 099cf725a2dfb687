// A worker killed mid-batch (kill -9) loses and duplicates nothing: once its files miss their
// heartbeats the sweeper fails its jobs, pg-boss retries them on the next worker, and the
// idempotent pipeline finishes every file exactly once.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sweepStalledFilesJob } from '@/domain/files/sweep-stalled-files';
import { startWorker } from '@/worker/start-worker';
import { call, verifiedUser } from '../support/api';
import { adminQuery } from '../support/db';
import { makePdf } from '../support/documents';
import { upload, waitForFiles } from '../support/files';

const FILES = 24;

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

    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/worker-process.ts'], { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => d.toString().includes('worker ready') && resolve());
      child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
    });
    for (;;) {
      const rows = await adminQuery(u.region, "select count(*) filter (where status = 'ready')::int as ready from files where user_id = $1", [u.userId]);
      if (rows[0].ready >= 3) break;
      await new Promise((r) => setTimeout(r, 20));
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
});
