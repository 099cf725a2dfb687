// One embedded PostgreSQL server for the whole integration run, with migrated template databases
// that each test file clones (CREATE DATABASE … TEMPLATE) into a fresh set of its own.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { TARGETS, TEST_ENV, envKey } from './test-secrets';

declare module 'vitest' {
  export interface ProvidedContext {
    pg: { port: number; password: string; dataDir: string };
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cf-integ-'));
  chmodSync(dataDir, 0o755); // the postgres system user must reach its data directory
  Object.assign(process.env, TEST_ENV, { DATA_DIR: dataDir });
  const password = 'test-superuser-password';
  const { startEmbeddedPostgres } = await import('../../src/db/embedded');
  const server = await startEmbeddedPostgres({
    dataDir,
    password,
    extraFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
  });
  for (const t of TARGETS) process.env[envKey(t)] = server.url(`tpl_${t.replace(/-/g, '_')}`);
  const { provisionAll } = await import('../../src/db/provision');
  await provisionAll();
  project.provide('pg', { port: server.port, password, dataDir });
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
