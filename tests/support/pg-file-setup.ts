// Runs before each integration test file: clones the templates into databases of its own and
// points the app's configuration at them, before any app module reads the environment.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { TARGETS, TEST_ENV, envKey } from './test-secrets';

const { port, password } = inject('pg');
const suffix = randomBytes(4).toString('hex');
const admin = (db: string) => `postgres://postgres:${password}@127.0.0.1:${port}/${db}`;

const client = new pg.Client({ connectionString: admin('postgres') });
await client.connect();
for (const t of TARGETS) {
  const name = `t_${suffix}_${t.replace(/-/g, '_')}`;
  await client.query(`create database ${name} template tpl_${t.replace(/-/g, '_')}`);
  // Database-level grants are not copied from a template; provisioning grants this on every start.
  await client.query(`grant connect, create on database ${name} to courseflow_app`);
  process.env[envKey(t)] = admin(name);
}
await client.end();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cf-integ-file-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
Object.assign(process.env, TEST_ENV, {
  DATA_DIR: dataDir,
  APP_URL: 'http://localhost:3999',
  NODE_ENV: 'test',
});
