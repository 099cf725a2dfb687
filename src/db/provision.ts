// Creates the databases and roles and applies the migrations, with the (possibly superuser)
// connection given in configuration. Idempotent: runs at every start.
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { env } from '@/platform/env';
import { regionIds } from '@/platform/regions-config';
import { APP_ROLE, DIRECTORY, adminUrl, databaseName } from './urls';

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function ensureDatabase(target: string): Promise<void> {
  const url = new URL(adminUrl(target));
  const name = decodeURIComponent(url.pathname.slice(1)) || databaseName(target);
  url.pathname = '/postgres';
  await withClient(url.toString(), async (c) => {
    const { rowCount } = await c.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await c.query(`create database "${name.replace(/"/g, '""')}"`);
  });
}

async function ensureRoles(c: pg.Client): Promise<void> {
  const password = env.DATABASE_APP_PASSWORD.replace(/'/g, "''");
  // Roles are cluster-wide; two databases on one server race here, so ignore duplicates.
  await c.query(`
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN CREATE ROLE authenticated NOLOGIN; END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'service_role') THEN CREATE ROLE service_role NOLOGIN; END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        CREATE ROLE ${APP_ROLE} LOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${password}';
      ELSE
        ALTER ROLE ${APP_ROLE} PASSWORD '${password}';
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$;`);
  await c.query(`GRANT authenticated, service_role TO ${APP_ROLE}`);
}

export async function provisionTarget(target: string): Promise<void> {
  await ensureDatabase(target);
  await withClient(adminUrl(target), async (c) => {
    await ensureRoles(c);
    // pg-boss keeps its queue in a schema of its own, created by the app role on first start.
    await c.query(`GRANT CONNECT, CREATE ON DATABASE "${(await c.query('select current_database() as d')).rows[0].d}" TO ${APP_ROLE}`);
    const folder = path.resolve(process.cwd(), 'drizzle', target === DIRECTORY ? 'directory' : 'region');
    await migrate(drizzle(c), { migrationsFolder: folder, migrationsSchema: 'drizzle' });
  });
}

/** Every regional cell and the directory, sequentially so role creation never races. */
export async function provisionAll(): Promise<void> {
  for (const target of [DIRECTORY, ...regionIds]) await provisionTarget(target);
}
