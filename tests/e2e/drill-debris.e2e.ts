// Drill: kill -9 of the whole app while uploads are in flight (slow multipart bodies still arriving,
// others being copied into storage), then a start on the same DATA_DIR. The start-up sweep leaves
// no debris: no temporary upload, no .partial object, no object without a row; and no file stays
// queued without a job (the sweep queues those whose job died with the process).
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appDbQuery } from '../support/app-db';
import { startApp, type AppInstance } from '../support/app-instance';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cf-debris-'));
chmodSync(dataDir, 0o755);
const apps: AppInstance[] = [];
afterAll(async () => {
  for (const a of apps) await a.killAll();
  rmSync(dataDir, { recursive: true, force: true });
});

const storageRoot = path.join(dataDir, 'storage', 'us-east');
const uploadsRoot = path.join(dataDir, 'tmp', 'uploads');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

type Debris = { temporaryUploads: number; markers: number; partials: number; rowless: number };

async function countDebris(): Promise<Debris> {
  const temp = filesUnder(uploadsRoot);
  const stored = filesUnder(storageRoot);
  const keys = new Set((await appDbQuery(dataDir, 'courseflow_us_east', 'select storage_key from files')).map((r) => r.storage_key as string));
  return {
    temporaryUploads: temp.filter((f) => f.split(path.sep).includes('requests')).length,
    markers: temp.filter((f) => f.split(path.sep).includes('objects')).length,
    partials: stored.filter((f) => f.includes('.partial-')).length,
    rowless: stored.filter((f) => !f.includes('.partial-') && !f.startsWith('.') && !keys.has(f.split(path.sep).join('/'))).length,
  };
}

const text = (bytes: number) => {
  const line = `Lecture notes ${randomBytes(8).toString('hex')} on thermodynamics, entropy and the Carnot cycle.\n`;
  return Buffer.from(line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes));
};

function multipart(files: { name: string; bytes: Buffer }[], boundary: string): Buffer {
  const parts = files.flatMap((f) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: text/plain\r\n\r\n`),
    f.bytes,
    Buffer.from('\r\n'),
  ]);
  return Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
}

/** Sends an upload over a raw socket, `chunk` bytes every `everyMs` (0: all at once); never waits for the answer. */
function sendUpload(url: string, token: string, files: { name: string; bytes: Buffer }[], chunk: number, everyMs: number): Socket {
  const { hostname, port } = new URL(url);
  const boundary = `----cf-drill-${randomBytes(6).toString('hex')}`;
  const body = multipart(files, boundary);
  const socket = connect(Number(port), hostname);
  socket.on('error', () => {});
  socket.once('connect', () => {
    socket.write(
      `POST /api/files/upload HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAuthorization: Bearer ${token}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    if (everyMs === 0) {
      socket.write(body);
      return;
    }
    let at = 0;
    const timer = setInterval(() => {
      if (socket.destroyed || at >= body.length) return clearInterval(timer);
      socket.write(body.subarray(at, (at += chunk)));
    }, everyMs);
  });
  return socket;
}

describe('kill -9 mid-upload, then a restart', () => {
  it('the start-up sweep leaves 0 debris and no file queued without a job', { timeout: 600_000 }, async () => {
    const first = await startApp(dataDir);
    apps.push(first);
    const password = first.output().match(/jordan\.demo@courseflow\.local \/ (\S+)/)![1];
    const signIn = await fetch(`${first.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'jordan.demo@courseflow.local', password }),
    });
    const token = (await signIn.json()).token as string;

    // Slow bodies: half-written temporary uploads at the kill.
    const sockets = [0, 1, 2].map((i) => sendUpload(first.url, token, [{ name: `slow-${i}.txt`, bytes: text(20_000_000) }], 64 * 1024, 20));
    // Whole bodies, one after another: at the kill some are being copied into storage or committed.
    let sending = true;
    const fast = (async () => {
      for (let i = 0; sending; i++) {
        sockets.push(sendUpload(first.url, token, [1, 2, 3].map((n) => ({ name: `batch-${i}-${n}.txt`, bytes: text(6_000_000) })), 0, 0));
        await new Promise((r) => setTimeout(r, 150));
      }
    })();
    // Until something is in storage and in the temporary folder, then a little more.
    for (let i = 0; i < 200 && !(filesUnder(storageRoot).length > 0 && filesUnder(uploadsRoot).length > 0); i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 700));
    await first.killAll();
    sending = false;
    await fast;
    for (const s of sockets) s.destroy();

    // What the kill left on disk; which objects lack a row the sweep's log says (the database died too).
    const stored = filesUnder(storageRoot);
    const temp = filesUnder(uploadsRoot);
    const before = {
      temporaryUploads: temp.filter((f) => f.split(path.sep).includes('requests')).length,
      markers: temp.filter((f) => f.split(path.sep).includes('objects')).length,
      partials: stored.filter((f) => f.includes('.partial-')).length,
      bytes: [...temp.map((f) => path.join(uploadsRoot, f)), ...stored.filter((f) => f.includes('.partial-')).map((f) => path.join(storageRoot, f))].reduce((n, f) => n + statSync(f).size, 0),
    };
    console.log('debris after kill -9:', JSON.stringify(before));
    expect(before.temporaryUploads).toBeGreaterThan(0);

    const second = await startApp(dataDir);
    apps.push(second);
    const started = Date.now();
    let after = await countDebris();
    while (Date.now() - started < 60_000) {
      after = await countDebris();
      if (Object.values(after).every((n) => n === 0)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const swept = second.output().match(/\{[^\n]*"msg":"upload debris swept"[^\n]*\}/)?.[0];
    console.log('debris after the start-up sweep:', JSON.stringify(after), `within ${Date.now() - started} ms of the start; sweep log: ${swept}`);
    expect(after).toEqual({ temporaryUploads: 0, markers: 0, partials: 0, rowless: 0 });

    // A file committed before the kill whose job was never queued is queued by the same sweep.
    const withoutJob = await appDbQuery(
      dataDir,
      'courseflow_us_east',
      `select f.id from files f where f.status = 'queued'
        and not exists (select 1 from pgboss.job j where j.name = 'file-process' and j.singleton_key = f.id::text and j.state < 'completed')`,
    );
    expect(withoutJob).toEqual([]);
    const deadline = Date.now() + 180_000;
    let pending: Record<string, unknown>[] = [];
    while (Date.now() < deadline) {
      pending = await appDbQuery(dataDir, 'courseflow_us_east', "select id, status from files where status not in ('ready', 'failed')");
      if (pending.length === 0) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(pending).toEqual([]);
  });
});
