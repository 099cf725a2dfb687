// The baselines: bare node:http + pg, answering the same JSON from the same queries in the same RLS
// transaction the app uses, without the app's framework (routing, validation, sessions, logging).
// Run as its own process, like the app, with the app's environment.
//   GET /api/me     the caller's profile, by the app's own statement
//   GET /api/files  the newest 50 files: the very statement and body of `GET /api/files?limit=50`
//   GET /api/search the very statement and body of `GET /api/search?q=`, highlights included
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { appUrl } from '@/db/urls';
import { filePageOf, listFilesQuery, type FilePageRow } from '@/db/queries/files';
import { profileWithUserQuery } from '@/db/queries/profiles';
import { searchHitsOf, type SearchRow } from '@/db/queries/search';
import { filePageBody } from '@/domain/files/list-files';
import { searchBody } from '@/domain/files/search-files';
import { searchStatement } from './search-statement';

const userId = process.env.BARE_USER_ID!;
const pool = new pg.Pool({ connectionString: appUrl('us-east'), max: 10 });
const page = { sort: 'created_at', order: 'desc', limit: 50 } as const;
const dialect = new PgDialect();
const list = dialect.sqlToQuery(listFilesQuery({ trashed: false, review: false }, page));
const me = dialect.sqlToQuery(profileWithUserQuery(userId));

const routes: Record<string, (client: pg.PoolClient, query: URLSearchParams) => Promise<string>> = {
  '/api/me': async (client) => {
    const { rows } = await client.query({ name: 'bare_me', text: me.sql, values: me.params });
    return JSON.stringify(rows[0]);
  },
  '/api/files': async (client) => {
    const { rows } = await client.query<FilePageRow>({ name: 'bare_files', text: list.sql, values: list.params });
    return filePageBody(filePageOf(rows, page.limit));
  },
  '/api/search': async (client, query) => {
    const { statement, page } = searchStatement(Object.fromEntries(query));
    const { rows } = await client.query<SearchRow>(statement);
    return searchBody(searchHitsOf(rows), page);
  },
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://bare');
  const route = routes[url.pathname];
  if (!route) return void res.writeHead(404).end();
  const client = await pool.connect();
  try {
    await client.query(`begin; select set_config('role', 'authenticated', true), set_config('request.jwt.claim.sub', '${userId}', true)`);
    const body = await route(client, url.searchParams);
    await client.query('commit');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  } catch (err) {
    // A failed request must not take the baseline down or hand on an open transaction.
    await client.query('rollback').catch(() => undefined);
    res.writeHead(500).end(String(err));
  } finally {
    client.release();
  }
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`));
process.on('SIGINT', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
