// Superuser queries on the browser tests' running app (its embedded PostgreSQL), for what only an
// operator or billing writes and for checking where rows landed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { queryOnce } from './db';
import { TEST_ENV } from './test-secrets';

export async function appDbQuery<R extends pg.QueryResultRow = Record<string, unknown>>(dataDir: string, database: string, text: string, params: unknown[] = []): Promise<R[]> {
  const { port } = JSON.parse(readFileSync(path.join(dataDir, 'embedded.json'), 'utf8')) as { port: number };
  process.env.DATA_DIR = dataDir;
  Object.assign(process.env, TEST_ENV);
  const { embeddedSuperuserPassword } = await import('@/db/urls');
  return queryOnce(`postgres://postgres:${encodeURIComponent(embeddedSuperuserPassword())}@127.0.0.1:${port}/${database}`, text, params) as Promise<R[]>;
}
