import pg from 'pg';
import { envKey } from './test-secrets';

/** A query on a test file's cell or directory as the superuser, bypassing the app and RLS. */
export async function adminQuery(target: string, text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env[envKey(target)] });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}
