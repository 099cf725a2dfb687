// On a serverless host there is no server.ts: Next.js alone serves the app and the same Hono API
// through the catch-all route handlers. Start `next start` by itself and call the API through it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '@/db/embedded';
import { TEST_ENV } from '../support/test-secrets';

const root = path.resolve(import.meta.dirname, '../..');
const { dataDir } = inject('app');
let base = '';
let stop: () => Promise<void> = async () => {};

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(root, 'src/host/next-entry.cjs'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, ...TEST_ENV, DATA_DIR: dataDir, NODE_ENV: 'production', APP_URL: base, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (/Ready in/i.test(out)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`next exited ${code}: ${out}`)));
  });
  stop = () => new Promise((r) => (child.once('exit', () => r()), child.kill('SIGTERM')));
});
afterAll(() => stop());

describe('the API mounted in Next.js', () => {
  it('answers health, readiness and the OpenAPI document', async () => {
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    const ready = (await (await fetch(`${base}/api/ready`)).json()) as { status: string };
    expect(ready.status).toBe('ready');
    const doc = (await (await fetch(`${base}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(doc.paths['/api/me']).toBeDefined();
  });

  it('answers /{locale}/api in that locale, in the standard error format', async () => {
    const res = await fetch(`${base}/fr/api/me`);
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Veuillez vous connecter pour continuer.' });
    expect(body.error.requestId).toBeTruthy();
  });
});
