import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { getRequestListener } from '@hono/node-server';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleApiRequest } from '@/api/handle';
import { instanceId, uploadsRoot } from '@/storage/temp-uploads';
import { objectWriteError } from '@/domain/files/storage-errors';
import { createS3Storage } from '@/storage/s3-storage';
import { call, verifiedUser } from '../support/api';
import { adminQuery } from '../support/db';

describe('S3-compatible storage driver', () => {
  let s3: S3rver;
  let endpoint: string;
  const s3Dir = mkdtempSync(path.join(os.tmpdir(), 'cf-s3-'));
  beforeAll(async () => {
    s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3Dir, configureBuckets: [{ name: 'cf-eu-west', configs: [] }] });
    const { port } = (await s3.run()) as AddressInfo;
    endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await s3?.close();
    rmSync(s3Dir, { recursive: true, force: true });
  });

  it('stores, streams, signs short-lived download URLs and deletes objects', async () => {
    const store = createS3Storage({ bucket: 'cf-eu-west', region: 'eu-west-1', endpoint, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
    await store.check();
    const bytes = Buffer.from('%PDF-1.7 lecture notes '.repeat(1000));
    await store.put('user-1/file-1', Readable.from([bytes]), 'application/pdf');
    expect(await store.exists('user-1/file-1')).toBe(true);
    expect((await store.read('user-1/file-1')).equals(bytes)).toBe(true);

    const url = await store.signedDownloadUrl('user-1/file-1', { fileName: 'BIO101 - Lecture - Écologie.pdf', contentType: 'application/pdf', inline: false, expiresInSeconds: 60 });
    expect(url).toMatch(/X-Amz-Expires=60/);
    const res = await fetch(url!);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''BIO101%20-%20Lecture%20-%20%C3%89cologie.pdf");
    // The URL stops working when it expires.
    const brief = await store.signedDownloadUrl('user-1/file-1', { fileName: 'x.pdf', contentType: 'application/pdf', inline: true, expiresInSeconds: 1 });
    await new Promise((r) => setTimeout(r, 2100));
    expect((await fetch(brief!)).status).toBe(403);

    // The debris sweep lists what is stored; readiness probes leave nothing behind.
    await store.check();
    const listed = [];
    for await (const o of store.listObjects()) listed.push(o.key);
    expect(listed).toEqual(['user-1/file-1']);
    expect(readdirSync(path.join(s3Dir, 'cf-eu-west')).filter((n) => n.includes('probe'))).toEqual([]);

    await store.discard('user-1/file-1');
    expect(await store.exists('user-1/file-1')).toBe(false);
    await expect(store.put('../escape', Readable.from([bytes]), 'text/plain')).rejects.toThrow(/unsafe storage key/);
  });

  it('a bucket that cannot be reached is down for readiness and refuses writes as STORAGE_UNAVAILABLE', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const store = createS3Storage({ bucket: 'cf-eu-west', region: 'eu-west-1', endpoint: `http://127.0.0.1:${port}`, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
    await expect(store.check()).rejects.toThrow();
    const err = await store.put('user-1/file-2', Readable.from([Buffer.from('x')]), 'text/plain').then(() => null, (e: unknown) => e);
    expect(objectWriteError(err)?.code).toBe('STORAGE_UNAVAILABLE');
    // A bucket that answers but does not exist cannot take a write either.
    const missing = createS3Storage({ bucket: 'no-such-bucket', region: 'eu-west-1', endpoint, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
    await expect(missing.check()).rejects.toThrow();
    const refused = await missing.put('user-1/file-3', Readable.from([Buffer.from('x')]), 'text/plain').then(() => null, (e: unknown) => e);
    expect(objectWriteError(refused)?.code).toBe('STORAGE_UNAVAILABLE');
  });
});

describe('an upload cut off half-way', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    const listener = getRequestListener((req) => handleApiRequest(req, '127.0.0.1'));
    server = createServer(listener).listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('stores nothing, leaves no temporary file and keeps serving', async () => {
    const u = await verifiedUser({ email: 'cutoff@files.test', country: 'US' });
    const boundary = '----cf-cut';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`;
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write(
      `POST /api/files/upload HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${u.token}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: 10000000\r\n\r\n${head}`,
    );
    socket.write(Buffer.alloc(300_000, 0x41));
    // Cut the connection once the server is writing the part to disk.
    const tmp = path.join(uploadsRoot(), instanceId, 'requests');
    for (let i = 0; i < 100 && !(existsSync(tmp) && readdirSync(tmp).length > 0); i++) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(tmp)).toHaveLength(1);
    socket.destroy();
    await new Promise((r) => setTimeout(r, 500));

    expect(await adminQuery(u.region, 'select count(*)::int as n from files')).toEqual([{ n: 0 }]);
    expect(readdirSync(tmp)).toEqual([]);
    const me = await fetch(`http://127.0.0.1:${port}/api/files`, { headers: { authorization: `Bearer ${u.token}` } });
    expect(me.status).toBe(200);
    expect((await call('GET', '/api/health')).status).toBe(200);
  });
});
