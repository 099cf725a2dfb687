// Connection pools per cell, as the app's non-superuser role, and the transactions that carry
// the caller's identity into Row Level Security.
import { createHash } from 'node:crypto';
import { createTableRelationsHelpers, extractTablesRelationalConfig, sql, type SQL } from 'drizzle-orm';
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

/** A pooled connection, for work that must share one connection (session lookup, then RLS). */
export type Connection = pg.PoolClient;

// A Drizzle transaction object only wraps its connection (building one walks every table), so
// each pooled connection keeps one.
const transactions = new WeakMap<Connection, Tx>();
const connectionOf = new WeakMap<Tx, Connection>();
function transactionFor(conn: Connection): Tx {
  let tx = transactions.get(conn);
  if (!tx) {
    transactions.set(conn, (tx = new NodePgTransaction(dialect, new NodePgSession(conn, dialect, relational), relational) as unknown as Tx));
    connectionOf.set(tx, conn);
  }
  return tx;
}

/**
 * Runs a query built with `sql` as a named prepared statement on a request's connection, so
 * PostgreSQL parses and plans each distinct statement text once per connection rather than on every
 * call (the library list and search, whose filters vary but repeat). Rows come with node-postgres'
 * own type parsing. Elsewhere (service transactions) it is a plain execute.
 */
export async function queryPrepared<R extends Record<string, unknown>>(tx: Tx, query: SQL): Promise<R[]> {
  const conn = connectionOf.get(tx);
  if (!conn) return (await tx.execute<R>(query)).rows as R[];
  const { sql: text, params } = dialect.sqlToQuery(query);
  return (await conn.query<R>({ name: statementName(text), text, values: params })).rows;
}

/** A prepared statement's name, from its text: statements whose shape varies get a name each. */
export function statementName(text: string): string {
  return `cf_${createHash('sha1').update(text).digest('base64url')}`;
}

/** Connections whose state is unknown (a rollback failed): destroyed instead of reused. */
const broken = new WeakMap<Connection, Error>();

/** Checks out one connection of a cell for fn, and returns it to the pool afterwards. */
export async function withConnection<T>(db: RegionDb, fn: (conn: Connection) => Promise<T>): Promise<T> {
  const conn = await db.$client.connect();
  try {
    return await fn(conn);
  } finally {
    conn.release(broken.get(conn));
  }
}

/**
 * Runs fn on conn as `authenticated` with auth.uid() = userId: RLS limits every statement to the
 * user's rows. This is every API request's path, so BEGIN and the identity go in one round trip
 * (simple protocol, the id checked as a UUID before it is inlined) rather than Drizzle's three
 * statements; fn still gets an ordinary Drizzle transaction on the same connection.
 */
export async function userTransaction<T>(conn: Connection, userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!UUID_RE.test(userId)) throw new Error('userTransaction: user id is not a UUID');
  await conn.query(`begin; select set_config('role', 'authenticated', true), set_config('request.jwt.claim.sub', '${userId}', true)`);
  return finishTransaction(conn, fn);
}

/** Runs fn in the transaction already open on conn, then commits (or rolls back on error). */
export async function finishTransaction<T>(conn: Connection, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    const result = await fn(transactionFor(conn));
    await conn.query('commit');
    return result;
  } catch (err) {
    await conn.query('rollback').catch((e: Error) => broken.set(conn, e));
    throw err;
  }
}

export function withUserTx<T>(db: RegionDb, userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withConnection(db, (conn) => userTransaction(conn, userId, fn));
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
