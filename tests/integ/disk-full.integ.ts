// Drill: the temporary-upload folder and the storage folder run out of space (small tmpfs mounts,
// as root; CI runs as root) or turn read-only. Each upload gets a clear code in the standard format,
// the process keeps serving, nothing half-written is left, readiness says storage is down while it
// cannot take a write, and a stored file of a request whose next file did not fit is queued.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, statfsSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/platform/env';
import { instanceId, uploadsRoot } from '@/storage/temp-uploads';
import { call, expectStandardError, verifiedUser } from '../support/api';
import { adminQuery } from '../support/db';
import { upload } from '../support/files';

const tmp = path.join(env.DATA_DIR, 'tmp');
const storage = path.join(env.DATA_DIR, 'storage', 'us-east');
const mounted: string[] = [];

function mountTmpfs(dir: string, size: string) {
  mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  mounted.push(dir);
}

beforeAll(() => {
  if (process.getuid?.() !== 0) throw new Error('this drill mounts tmpfs folders and must run as root (CI does)');
  mountTmpfs(tmp, '1m');
  mountTmpfs(storage, '1m');
});
afterAll(() => {
  for (const dir of mounted.reverse()) execFileSync('umount', ['-l', dir]);
});

/** Text of `bytes` bytes, different for every call (uploads of the same content are duplicates). */
const notes = (bytes: number) => {
  const line = `Revision notes ${randomBytes(8).toString('hex')}: the French Revolution, the Estates-General and the Terror.\n`;
  return line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes);
};

/** Every file under a folder, relative, dot-files included. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

const requestsDir = () => path.join(uploadsRoot(), instanceId, 'requests');
const ready = async () => (await call('GET', '/api/ready')).json.checks['storage:us-east'];

/** Fills the folder's free space with one file, as other data would; returns its path. */
function fill(dir: string): string {
  const file = path.join(dir, 'filler.bin');
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
  return file;
}

describe('a full temporary-upload folder', () => {
  it('answers 507 TEMP_SPACE_FULL, keeps nothing half-written and keeps serving', async () => {
    const u = await verifiedUser({ email: 'tmp-full@disk.test', country: 'US' });
    const res = await upload(u.token, [{ name: 'lecture-recording-notes.txt', bytes: notes(2_500_000) }]);
    expectStandardError(res, 507, 'TEMP_SPACE_FULL');
    expect(res.json.error.message).toMatch(/temporary space/i);

    expect(readdirSync(requestsDir())).toEqual([]);
    expect(statfsSync(tmp).bfree).toBe(statfsSync(tmp).blocks);
    expect(await adminQuery(u.region, 'select count(*)::int as n from files where user_id = $1', [u.userId])).toEqual([{ n: 0 }]);

    // The same process answers the next request, and a file that fits goes through.
    expect((await call('GET', '/api/health')).status).toBe(200);
    const small = await upload(u.token, [{ name: 'notes.txt', bytes: notes(20_000) }]);
    expect(small.status).toBe(201);
    expect(small.json.data[0].outcome).toBe('stored');
  });

  it('in German, the same code with a German message', async () => {
    const u = await verifiedUser({ email: 'tmp-full-de@disk.test', country: 'US', locale: 'de' });
    const form = new FormData();
    form.append('files', new Blob([notes(2_500_000)]), 'mitschrift.txt');
    const encoded = new Response(form);
    const headers = { 'accept-language': 'de', 'content-type': encoded.headers.get('content-type')! };
    const res = await call('POST', '/api/files/upload', { token: u.token, rawBody: new Uint8Array(await encoded.arrayBuffer()), headers });
    expectStandardError(res, 507, 'TEMP_SPACE_FULL');
    expect(res.json.error.message).not.toMatch(/temporary space/i);
  });
});

describe('a full storage folder', () => {
  it('refuses the file that does not fit by name, stores and queues the others, and readiness follows the free space', async () => {
    const u = await verifiedUser({ email: 'storage-full@disk.test', country: 'US' });
    const first = await upload(u.token, [{ name: 'week1.txt', bytes: notes(600_000) }]);
    expect(first.status).toBe(201);

    // One request: a small file that fits, then one that no longer does.
    const res = await upload(u.token, [
      { name: 'week2-summary.txt', bytes: notes(5_000) },
      { name: 'week2-full.txt', bytes: notes(600_000) },
    ]);
    expect(res.status).toBe(201);
    const [stored, refused] = res.json.data;
    expect(stored).toMatchObject({ name: 'week2-summary.txt', outcome: 'stored', error: null });
    expect(refused).toMatchObject({ name: 'week2-full.txt', outcome: 'rejected', file: null, error: { code: 'STORAGE_FULL', message: expect.stringMatching(/storage is full/i) } });
    // The stored file is on the job queue, not left queued with no job.
    const jobs = await adminQuery(u.region, "select state::text from pgboss.job where name = 'file-process' and singleton_key = $1", [stored.file.id]);
    expect(jobs).toEqual([{ state: 'created' }]);
    expect((await adminQuery(u.region, 'select original_name from files where user_id = $1 order by created_at', [u.userId])).map((r) => r.original_name)).toEqual([
      'week1.txt',
      'week2-summary.txt',
    ]);
    // Nothing half-written: only the two objects, no .partial, no temporary upload, no marker.
    expect(filesUnder(path.join(storage, u.userId)).sort()).toEqual([first.json.data[0].file.id, stored.file.id].sort());
    expect(filesUnder(storage).filter((f) => f.includes('.partial'))).toEqual([]);
    expect(filesUnder(path.join(uploadsRoot(), instanceId))).toEqual([]);

    // Full to the last block: readiness says so, and a single file gets the standard 507.
    expect(await ready()).toBe('up');
    const filler = fill(storage);
    const ready503 = await call('GET', '/api/ready');
    expect(ready503.status).toBe(503);
    expect(ready503.json.checks).toMatchObject({ 'storage:us-east': 'down', 'database:us-east': 'up', 'storage:eu-west': 'up' });
    const full = await upload(u.token, [{ name: 'week3.txt', bytes: notes(10_000) }]);
    expectStandardError(full, 507, 'STORAGE_FULL');
    expect((await call('GET', '/api/health')).status).toBe(200);

    // Space is freed (other data removed, a file deleted for good): storage is up and takes files again.
    rmSync(filler);
    const id = first.json.data[0].file.id;
    expect((await call('POST', '/api/files/bulk', { token: u.token, body: { file_ids: [id], action: 'trash' } })).status).toBe(200);
    expect((await call('POST', '/api/files/bulk', { token: u.token, body: { file_ids: [id], action: 'delete_forever' } })).status).toBe(200);
    expect(await ready()).toBe('up');
    const again = await upload(u.token, [{ name: 'week2-full.txt', bytes: notes(600_000) }]);
    expect(again.status).toBe(201);
    expect(again.json.data[0].outcome).toBe('stored');
  });

  it('read-only storage is down for readiness and answers 503 STORAGE_UNAVAILABLE', async () => {
    const u = await verifiedUser({ email: 'storage-ro@disk.test', country: 'US' });
    execFileSync('mount', ['-o', 'remount,ro', storage]);
    try {
      expect(await ready()).toBe('down');
      const res = await upload(u.token, [{ name: 'notes.txt', bytes: notes(1_000) }]);
      expectStandardError(res, 503, 'STORAGE_UNAVAILABLE');
      expect(filesUnder(path.join(uploadsRoot(), instanceId))).toEqual([]);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', storage]);
    }
    expect(await ready()).toBe('up');
  });

  it('a download from a store that lost its volume answers 503 STORAGE_UNAVAILABLE, then works once it is back', async () => {
    const u = await verifiedUser({ email: 'storage-gone@disk.test', country: 'US' });
    const res = await upload(u.token, [{ name: 'handout.txt', bytes: notes(2_000) }]);
    const id = res.json.data[0].file.id;
    expect((await call('GET', `/api/files/${id}/download`, { token: u.token })).status).toBe(200);
    // An empty volume mounted over the student's folder: their objects are not there (a disk not mounted).
    const userDir = path.join(storage, u.userId);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', userDir]);
    try {
      expectStandardError(await call('GET', `/api/files/${id}/download`, { token: u.token }), 503, 'STORAGE_UNAVAILABLE');
      expect((await call('GET', '/api/health')).status).toBe(200);
    } finally {
      execFileSync('umount', ['-l', userDir]);
    }
    const back = await call('GET', `/api/files/${id}/download`, { token: u.token });
    expect(back.status).toBe(200);
    expect(back.text).toContain('Revision notes');
  });
});
