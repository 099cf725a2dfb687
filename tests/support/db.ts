import pg from 'pg';
import { envKey } from './test-secrets';

/** One query on its own connection. */
export async function queryOnce(connectionString: string, text: string, params: unknown[] = []): Promise<pg.QueryResult['rows']> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** A query on a test file's cell or directory as the superuser, bypassing the app and RLS. */
export async function adminQuery(target: string, text: string, params: unknown[] = []) {
  return queryOnce(process.env[envKey(target)]!, text, params);
}
