// The recurring file jobs: the trash is emptied after 30 days (rows and objects), and files whose
// processing stopped moving are queued again.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeTrashJob } from '@/domain/files/trash-files';
import { sweepStalledFilesJob } from '@/domain/files/sweep-stalled-files';
import { env } from '@/platform/env';
import { startWorker, type WorkerHandle } from '@/worker/start-worker';
import { call, verifiedUser } from '../support/api';
import { adminQuery } from '../support/db';
import { upload, waitForFiles } from '../support/files';

let worker: WorkerHandle;
beforeAll(async () => {
  worker = await startWorker();
});
afterAll(async () => {
  await worker?.stop();
});

const meta = (region: string) => ({ region, id: 'manual', retryCount: 0, retryLimit: 0 });

describe('file maintenance jobs', () => {
  it('empties trash older than 30 days, objects included, and keeps younger trash', async () => {
    const u = await verifiedUser({ email: 'purge@files.test', country: 'GB', locale: 'en-GB' });
    const up = await upload(u.token, [
      { name: 'old.txt', bytes: 'Old revision notes on the Tudors.' },
      { name: 'recent.txt', bytes: 'Recent revision notes on the Stuarts.' },
    ]);
    const [oldId, recentId] = up.json.data.map((d: { file: { id: string } }) => d.file.id);
    await waitForFiles(u.token, [oldId, recentId]);
    await call('POST', '/api/files/bulk', { token: u.token, body: { file_ids: [oldId, recentId], action: 'trash' } });
    await adminQuery(u.region, "update files set deleted_at = now() - interval '31 days' where id = $1", [oldId]);
    const [old] = await adminQuery(u.region, 'select storage_key from files where id = $1', [oldId]);
    const object = path.join(env.DATA_DIR, 'storage', u.region, ...old.storage_key.split('/'));
    expect(existsSync(object)).toBe(true);

    await purgeTrashJob.handler({}, meta(u.region));

    expect(existsSync(object)).toBe(false);
    expect(await adminQuery(u.region, 'select id from files where user_id = $1', [u.userId])).toEqual([{ id: recentId }]);
  });

  it('queues a file again when its processing stopped moving', async () => {
    const u = await verifiedUser({ email: 'sweep@files.test', country: 'US' });
    const up = await upload(u.token, [{ name: 'stuck.txt', bytes: 'Notes on thermodynamics and entropy.' }]);
    const id = up.json.data[0].file.id;
    await waitForFiles(u.token, [id]);
    // As if a worker died after marking it and before finishing, long ago.
    await adminQuery(u.region, "update files set status = 'extracting', updated_at = now() - interval '1 hour' where id = $1", [id]);
    await adminQuery(u.region, 'delete from file_texts where file_id = $1', [id]);

    await sweepStalledFilesJob.handler({}, meta(u.region));

    expect((await waitForFiles(u.token, [id])).get(id).status).toBe('ready');
  });
});

describe('a worker that died mid-job', () => {
  const sweep = (region: string) => sweepStalledFilesJob.handler({}, meta(region));
  /** Leaves the file's job as a killed worker does: active since two minutes ago, no heartbeat since. */
  async function orphan(region: string, id: string, o: { lastAttempt: boolean; status: string }) {
    await adminQuery(
      region,
      `update pgboss.job set state = 'active', started_on = now() - interval '2 minutes', retry_count = case when $2 then retry_limit else 0 end
       where name = 'file-process' and singleton_key = $1`,
      [id, o.lastAttempt],
    );
    await adminQuery(region, "update files set status = $2, updated_at = now() - interval '2 minutes' where id = $1", [id, o.status]);
  }
  const jobStates = async (region: string, id: string) =>
    (await adminQuery(region, "select state::text from pgboss.job where name = 'file-process' and singleton_key = $1 order by created_on", [id])).map((r) => r.state);

  it('on its last attempt: the job is given up and the file shows a reason instead of staying in progress', async () => {
    const u = await verifiedUser({ email: 'orphan-last@files.test', country: 'US' });
    await worker.stop();
    try {
      const id = (await upload(u.token, [{ name: 'orphan.txt', bytes: 'Notes on the Krebs cycle.' }])).json.data[0].file.id;
      await orphan(u.region, id, { lastAttempt: true, status: 'extracting' });
      await sweep(u.region);
      expect((await call('GET', `/api/files/${id}`, { token: u.token })).json).toMatchObject({ status: 'failed', error: 'FILE_PROCESSING_FAILED' });
      expect(await jobStates(u.region, id)).toEqual(['failed']);
      // pg-boss moves it to the dead-letter queue, as for a job that failed its last attempt itself.
      for (let i = 0; i < 50 && (await adminQuery(u.region, "select 1 from pgboss.job where name = 'file-process.dead' and data->>'fileId' = $1", [id])).length === 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(await adminQuery(u.region, "select data->>'fileId' as id from pgboss.job where name = 'file-process.dead' and data->>'fileId' = $1", [id])).toEqual([{ id }]);
    } finally {
      worker = await startWorker();
    }
  });

  it('queued again meanwhile (re-analysis): the dead job is cancelled and the new one finishes the file', async () => {
    const u = await verifiedUser({ email: 'orphan-again@files.test', country: 'US' });
    await worker.stop();
    try {
      const id = (await upload(u.token, [{ name: 'again.txt', bytes: 'Notes on glycolysis and ATP.' }])).json.data[0].file.id;
      await orphan(u.region, id, { lastAttempt: false, status: 'extracting' });
      expect((await call('POST', '/api/files/categorize', { token: u.token, body: { file_ids: [id] } })).status).toBe(200);
      await adminQuery(u.region, "update files set updated_at = now() - interval '2 minutes' where id = $1", [id]);
      expect(await jobStates(u.region, id)).toEqual(['active', 'created']);
      await sweep(u.region);
      // Failing it instead would have left a job to retry beside the queued one: the second of them
      // to start would collide with the first on pg-boss' one-active-job-per-file index.
      expect(await jobStates(u.region, id)).toEqual(['cancelled', 'created']);
      worker = await startWorker();
      expect((await waitForFiles(u.token, [id], 30_000)).get(id).status).toBe('ready');
      expect(await jobStates(u.region, id)).toEqual(['cancelled', 'completed']);
    } finally {
      await worker.stop();
      worker = await startWorker();
    }
  });
});

describe('a job that keeps failing', () => {
  it('ends in the dead-letter queue and the file shows a reason the student can read', async () => {
    const u = await verifiedUser({ email: 'deadletter@files.test', country: 'US' });
    await worker.stop();
    try {
      const up = await upload(u.token, [{ name: 'vanished.txt', bytes: 'Notes whose stored object disappears.' }]);
      const id = up.json.data[0].file.id;
      // The object is gone (a storage outage, say): every attempt fails the same way. One retry, no wait.
      const [row] = await adminQuery(u.region, 'select storage_key from files where id = $1', [id]);
      rmSync(path.join(env.DATA_DIR, 'storage', u.region, ...row.storage_key.split('/')));
      await adminQuery(u.region, "update pgboss.job set retry_limit = 1, retry_delay = 0, retry_backoff = false where name = 'file-process'");
      worker = await startWorker();
      const file = (await waitForFiles(u.token, [id], 30_000)).get(id);
      expect(file).toMatchObject({ status: 'failed', error: 'FILE_PROCESSING_FAILED' });
      for (let i = 0; i < 50; i++) {
        const dead = await adminQuery(u.region, "select data->>'fileId' as id from pgboss.job where name = 'file-process.dead' and data->>'fileId' = $1", [id]);
        if (dead.length) {
          expect(dead).toEqual([{ id }]);
          return;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('no job in the dead-letter queue');
    } finally {
      await worker.stop();
      worker = await startWorker();
    }
  });
});
