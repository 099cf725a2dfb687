// Browser tests run against the real app: a production build served by `npm start`'s launcher on
// a free port, with its own embedded PostgreSQL under a temporary data directory.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { APP_NODE_ARGS } from '../../scripts/app-process';
import { TEST_ENV } from './test-secrets';

declare module 'vitest' {
  export interface ProvidedContext {
    app: { url: string; dataDir: string };
  }
}

export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../..');
  // E2E_REUSE_BUILD=1 re-runs tests against the build already there (a developer's loop); the
  // build runs under a lock so that parallel runs on one machine never write .next at once.
  if (process.env.E2E_REUSE_BUILD !== '1') {
    const build = spawnSync('flock', [path.join(os.tmpdir(), 'courseflow-next-build.lock'), process.execPath, path.join(root, 'node_modules/next/dist/bin/next'), 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
  }

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cf-e2e-'));
  chmodSync(dataDir, 0o755);
  const env = { ...process.env, ...TEST_ENV, DATA_DIR: dataDir, PORT: '0', NODE_ENV: 'production' as const, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000', AUTH_RATE_LIMIT_PER_MINUTE: '200' };
  delete (env as Record<string, unknown>).APP_URL;
  const child: ChildProcess = spawn(process.execPath, APP_NODE_ARGS, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 180_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/running at (http:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  project.provide('app', { url, dataDir });
  return async () => {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
