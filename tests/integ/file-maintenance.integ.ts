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
        const dead = await adminQuery(u.region, "select data->>'fileId' as id from pgboss.job where name = 'file-process.dead'");
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
