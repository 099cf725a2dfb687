// The recurring file jobs: the trash is emptied after 30 days (rows and objects), files whose
// processing stopped moving are queued again, and what interrupted uploads left is swept.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeTrashJob } from '@/domain/files/trash-files';
import { sweepOrphanObjects } from '@/domain/files/sweep-orphan-objects';
import { sweepStalledFilesJob } from '@/domain/files/sweep-stalled-files';
import { sweepUploadDebris } from '@/domain/files/sweep-upload-debris';
import { env } from '@/platform/env';
import { storageFor } from '@/storage/storage-for-region';
import { instanceId, uploadsRoot } from '@/storage/temp-uploads';
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

describe('debris of interrupted uploads', () => {
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
  const storeDir = (region: string) => path.join(env.DATA_DIR, 'storage', region);

  it('a process that is gone: its rowless objects, unfinished writes and temporary uploads go at once; committed files stay and are queued', async () => {
    const u = await verifiedUser({ email: 'debris-dead@files.test', country: 'US' });
    const kept = (await upload(u.token, [{ name: 'kept.txt', bytes: 'Notes on plate tectonics.' }])).json.data[0].file;
    const waiting = (await upload(u.token, [{ name: 'waiting.txt', bytes: 'Notes on volcanoes and magma chambers.' }])).json.data[0].file;
    await waitForFiles(u.token, [kept.id, waiting.id]);
    // As if the process died after committing the row and before queuing its job.
    await adminQuery(u.region, "delete from pgboss.job where name = 'file-process' and singleton_key = $1", [waiting.id]);
    await adminQuery(u.region, "update files set status = 'queued' where id = $1", [waiting.id]);
    const store = storageFor(u.region);
    const rowless = `${u.userId}/${randomUUID()}`;
    await store.put(rowless, Readable.from([Buffer.from('an object whose row never came')]), 'text/plain');
    // A process of this host that no longer runs (pid 2^22 + 1 is above Linux's pid limit).
    const dead = `4194305-12345-${instanceId.split('-')[2]}`;
    const deadDir = path.join(uploadsRoot(), dead);
    mkdirSync(path.join(deadDir, 'objects'), { recursive: true });
    mkdirSync(path.join(deadDir, 'requests', randomUUID()), { recursive: true });
    const halfUpload = path.join(deadDir, 'requests', readdirSync(path.join(deadDir, 'requests'))[0]!, '0');
    writeFileSync(halfUpload, Buffer.alloc(50_000));
    for (const key of [rowless, `${u.userId}/${kept.id}`, `${u.userId}/${waiting.id}`]) writeFileSync(path.join(deadDir, 'objects', `${u.region}~${key.replace('/', '~')}`), '');
    const partial = path.join(storeDir(u.region), ...`${rowless}.partial-${dead}-abcd1234`.split('/'));
    writeFileSync(partial, 'half an object');

    const swept = await sweepUploadDebris();

    expect(swept).toMatchObject({ instances: 1, temporaryUploads: 1, objects: 1, queued: 1 });
    expect(existsSync(deadDir)).toBe(false);
    expect(await store.exists(rowless)).toBe(false);
    expect(existsSync(partial)).toBe(false);
    expect(await store.exists(`${u.userId}/${kept.id}`)).toBe(true);
    expect((await call('GET', `/api/files/${kept.id}/download`, { token: u.token })).status).toBe(200);
    expect((await waitForFiles(u.token, [waiting.id])).get(waiting.id).status).toBe('ready');
  });

  it('a live process (or one of another host): only what is over an hour old', async () => {
    const mine = path.join(uploadsRoot(), instanceId, 'requests');
    const fresh = path.join(mine, randomUUID());
    const stale = path.join(mine, randomUUID());
    mkdirSync(fresh, { recursive: true });
    mkdirSync(stale, { recursive: true });
    utimesSync(stale, hoursAgo(2), hoursAgo(2));

    // Another host's folder (its life can't be checked): swept once everything in it is old.
    const otherHost = path.join(uploadsRoot(), `123-456-${instanceId.endsWith('ffffffff') ? 'eeeeeeee' : 'ffffffff'}`);
    const otherRequest = path.join(otherHost, 'requests', randomUUID());
    mkdirSync(otherRequest, { recursive: true });
    writeFileSync(path.join(otherRequest, '0'), 'half an upload');
    for (const p of [otherRequest, path.join(otherHost, 'requests'), otherHost]) utimesSync(p, hoursAgo(2), hoursAgo(2));

    await sweepUploadDebris();

    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(otherHost)).toBe(false);
    rmSync(fresh, { recursive: true });
  });

  it('the store is compared with the files table: rowless objects and unfinished writes over an hour old are removed', async () => {
    const u = await verifiedUser({ email: 'debris-orphans@files.test', country: 'GB', locale: 'en-GB' });
    const kept = (await upload(u.token, [{ name: 'kept.txt', bytes: 'Notes on the Norman conquest.' }])).json.data[0].file;
    const store = storageFor(u.region);
    const keyOf = (name: string) => `${u.userId}/${name}`;
    const fileOf = (key: string) => path.join(storeDir(u.region), ...key.split('/'));
    const oldOrphan = keyOf(randomUUID());
    const youngOrphan = keyOf(randomUUID());
    for (const key of [oldOrphan, youngOrphan]) await store.put(key, Readable.from([Buffer.from('orphan')]), 'text/plain');
    const oldPartial = `${fileOf(keyOf(randomUUID()))}.partial-1-1-00000000-x`;
    const youngPartial = `${fileOf(keyOf(randomUUID()))}.partial-1-1-00000000-y`;
    writeFileSync(oldPartial, 'half');
    writeFileSync(youngPartial, 'half');
    for (const f of [fileOf(oldOrphan), fileOf(keyOf(kept.id)), oldPartial]) utimesSync(f, hoursAgo(2), hoursAgo(2));

    const swept = await sweepOrphanObjects(u.region);

    expect(swept).toMatchObject({ objects: 1, unfinished: 1 });
    expect(await store.exists(oldOrphan)).toBe(false);
    expect(existsSync(oldPartial)).toBe(false);
    expect(await store.exists(youngOrphan)).toBe(true);
    expect(existsSync(youngPartial)).toBe(true);
    expect(await store.exists(keyOf(kept.id))).toBe(true);
  });
});
