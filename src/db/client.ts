// Connection pools per cell, as the app's non-superuser role, and the transactions that carry
// the caller's identity into Row Level Security.
import { createTableRelationsHelpers, extractTablesRelationalConfig, sql } from 'drizzle-orm';
import { NodePgSession, NodePgTransaction, drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { isRegionId } from '@/platform/regions-config';
import * as directorySchema from './directory-schema';
import * as schema from './schema';
import { DIRECTORY, appUrl } from './urls';

export type RegionDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };
export type DirectoryDb = NodePgDatabase<typeof directorySchema> & { $client: pg.Pool };
/** A handle inside a transaction (user or service); data functions take it first. */
export type Tx = Parameters<Parameters<RegionDb['transaction']>[0]>[0];

const POOL_SIZE = 10;
const pools = new Map<string, pg.Pool>();

function pool(target: string): pg.Pool {
  let p = pools.get(target);
  if (!p) {
    p = new pg.Pool({ connectionString: appUrl(target), max: POOL_SIZE, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 5_000 });
    // An idle client losing its server must not crash the process; the next checkout reconnects.
    p.on('error', () => {});
    pools.set(target, p);
  }
  return p;
}

const regionDbs = new Map<string, RegionDb>();

export function getDb(region: string): RegionDb {
  if (!isRegionId(region)) throw new Error(`unknown region ${region}`);
  let db = regionDbs.get(region);
  if (!db) {
    db = drizzle(pool(region), { schema }) as RegionDb;
    regionDbs.set(region, db);
  }
  return db;
}

let directoryDb: DirectoryDb | undefined;
export function getDirectoryDb(): DirectoryDb {
  directoryDb ??= drizzle(pool(DIRECTORY), { schema: directorySchema }) as DirectoryDb;
  return directoryDb;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dialect = new PgDialect();
const tables = extractTablesRelationalConfig(schema, createTableRelationsHelpers);
const relational = { fullSchema: schema, schema: tables.tables, tableNamesMap: tables.tableNamesMap };

/**
 * Runs fn as `authenticated` with auth.uid() = userId: RLS limits every statement to the user's
 * rows. This is every API request's path, so BEGIN and the identity go in one round trip (simple
 * protocol, the id checked as a UUID before it is inlined) rather than Drizzle's three
 * statements; fn still gets an ordinary Drizzle transaction on the same connection.
 */
export async function withUserTx<T>(db: RegionDb, userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!UUID_RE.test(userId)) throw new Error('withUserTx: user id is not a UUID');
  const client = await db.$client.connect();
  let broken: Error | undefined;
  try {
    await client.query(`begin; select set_config('role', 'authenticated', true), set_config('request.jwt.claim.sub', '${userId}', true)`);
    const tx = new NodePgTransaction(dialect, new NodePgSession(client, dialect, relational), relational) as unknown as Tx;
    const result = await fn(tx);
    await client.query('commit');
    return result;
  } catch (err) {
    await client.query('rollback').catch((e: Error) => (broken = e));
    throw err;
  } finally {
    client.release(broken);
  }
}

/** Runs fn as `service_role`: for the system's own work (sign-up, jobs, account deletion). */
export function withServiceTx<T>(db: RegionDb, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', 'service_role', true)`);
    return fn(tx);
  });
}

export async function pingTarget(target: string): Promise<void> {
  await pool(target).query('select 1');
}

export async function closeAllPools(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  regionDbs.clear();
  directoryDb = undefined;
  await Promise.all(all.map((p) => p.end().catch(() => {})));
}
