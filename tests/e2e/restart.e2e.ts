// The embedded default across restarts: Ctrl-C stops PostgreSQL cleanly, a second start reuses the
// data, a killed launcher takes the app down in order, and a start after a killed run (PostgreSQL
// orphaned, lock left behind) recovers.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_NODE_ARGS } from '../../scripts/app-process';
import { descendants } from '../support/app-instance';
import { TEST_ENV } from '../support/test-secrets';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cf-restart-'));
chmodSync(dataDir, 0o755);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(): Promise<{ child: ChildProcess; url: string; out: () => string }> {
  // API, worker and realtime only: this is about the data layer, not the pages.
  const env = { ...process.env, ...TEST_ENV, DATA_DIR: dataDir, PORT: '0', NODE_ENV: 'production' as const, ROLES: 'worker,realtime' };
  delete (env as Record<string, unknown>).APP_URL;
  const child = spawn(process.execPath, APP_NODE_ARGS, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const m = out.match(/running at (http:\/\/\S+)/);
      if (m) {
        clearInterval(timer);
        resolve({ child, url: m[1]!, out: () => out });
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`exited ${code}: ${out}`));
    });
  });
}

const postmasterPid = () => {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
};
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('embedded PostgreSQL lifecycle', () => {
  it('first start seeds; Ctrl-C stops PostgreSQL; the next start reuses the data', async () => {
    const first = await start();
    expect(first.out()).toContain('jordan.demo@courseflow.local');
    const pid = postmasterPid()!;
    expect(alive(pid)).toBe(true);
    first.child.kill('SIGINT');
    expect(await new Promise((r) => first.child.once('exit', r))).toBe(0);
    expect(alive(pid)).toBe(false);
    expect(postmasterPid()).toBeNull();

    const second = await start();
    const password = second.out().match(/jordan\.demo@courseflow\.local \/ (\S+)/)![1];
    const signIn = await fetch(`${second.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'jordan.demo@courseflow.local', password }),
    });
    expect(signIn.status).toBe(200);
    second.child.kill('SIGINT');
    await new Promise((r) => second.child.once('exit', r));
  });

  it('a killed launcher (-9): the app notices and stops in order, PostgreSQL last', async () => {
    const first = await start();
    const pid = postmasterPid()!;
    const app = descendants(first.child.pid!);
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    for (let i = 0; i < 300 && (alive(pid) || app.some(alive)); i++) await new Promise((r) => setTimeout(r, 100));
    expect(app.filter(alive)).toEqual([]);
    expect(postmasterPid()).toBeNull();
  });

  it('a start after the app was killed (-9, all but PostgreSQL) stops the orphaned server and comes up', async () => {
    const first = await start();
    const pid = postmasterPid()!;
    const postgres = (p: number) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('postgres');
      } catch {
        return false;
      }
    };
    for (const p of [first.child.pid!, ...descendants(first.child.pid!).filter((p) => !postgres(p))]) process.kill(p, 'SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    expect(alive(pid)).toBe(true);
    const again = await start();
    expect((await fetch(`${again.url}/api/ready`)).status).toBe(200);
    expect(postmasterPid()).not.toBe(pid);
    again.child.kill('SIGINT');
    await new Promise((r) => again.child.once('exit', r));
  });
});
