// A worker killed mid-batch (kill -9) loses and duplicates nothing: its jobs expire, are retried by
// the next worker, and the idempotent pipeline finishes every file exactly once.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startWorker } from '@/worker/start-worker';
import { call, verifiedUser } from '../support/api';
import { adminQuery } from '../support/db';
import { makePdf } from '../support/documents';
import { upload, waitForFiles } from '../support/files';

const FILES = 24;

describe('a worker killed mid-batch', () => {
  it('leaves no file lost, stuck or processed twice', async () => {
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
    // Jobs taken from now on expire quickly, so the test need not wait the production ten minutes.
    await adminQuery(u.region, "update pgboss.job set expire_in = interval '2 seconds' where name = 'file-process' and state in ('created', 'active')");
    for (;;) {
      const rows = await adminQuery(u.region, "select count(*) filter (where status = 'ready')::int as ready from files where user_id = $1", [u.userId]);
      if (rows[0].ready >= 3) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const atKill = await adminQuery(u.region, "select count(*) filter (where status = 'ready')::int as ready from files where user_id = $1", [u.userId]);
    expect(atKill[0].ready).toBeLessThan(FILES);

    await new Promise((r) => setTimeout(r, 2500));
    const worker = await startWorker();
    try {
      // Expire the dead worker's active jobs now instead of at the next maintenance tick.
      await worker.bosses.get(u.region)!.maintain();
      const files = await waitForFiles(u.token, ids, 120_000);
      expect([...files.values()].map((f) => f.status)).toEqual(Array(FILES).fill('ready'));
      expect(new Set([...files.values()].map((f) => f.display_name)).size).toBe(FILES);
      expect(await adminQuery(u.region, 'select count(*)::int as n from files where user_id = $1', [u.userId])).toEqual([{ n: FILES }]);
      expect(await adminQuery(u.region, 'select count(*)::int as n from file_texts where user_id = $1', [u.userId])).toEqual([{ n: FILES }]);
    } finally {
      await worker.stop();
    }
  });
});
