// The baselines: bare node:http + pg, answering the same JSON from the same queries in the same RLS
// transaction the app uses. Run as its own process, like the app.
//   GET /api/me     the caller's profile
//   GET /api/files  the newest 50 files of the library, as `GET /api/files?limit=50` reads them
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

const [connectionString, userId] = [process.env.BARE_DATABASE_URL!, process.env.BARE_USER_ID!];
const pool = new pg.Pool({ connectionString, max: 10 });

const FILE_COLUMNS = `id, course_id, folder_id, original_name, display_name, ai_name, folder_hint, file_type,
  file_size::float8 as file_size, status, error, page_count, detected_language, ai_category, ai_confidence,
  course_confidence, course_source, category_source, ai_topic, ai_date, ai_keywords, processed_at, deleted_at,
  created_at, updated_at`;

const routes: Record<string, (client: pg.PoolClient) => Promise<unknown>> = {
  '/api/me': async (client) => {
    const { rows } = await client.query(
      `select p.*, u.email, u.email_verified from profiles p join auth_user u on u.id = p.user_id where p.user_id = $1`,
      [userId],
    );
    return rows[0];
  },
  '/api/files': async (client) => {
    const { rows } = await client.query({
      name: 'bare_files',
      text: `select ${FILE_COLUMNS}, created_at::text as sort_value from files where deleted_at is null
             order by created_at desc, id desc limit 51`,
    });
    const last = rows[49];
    const next = rows.length > 50 ? Buffer.from(JSON.stringify({ v: last.sort_value, id: last.id })).toString('base64url') : null;
    return { data: rows.slice(0, 50).map(({ sort_value: _, ...row }) => row), next_cursor: next };
  },
};

const server = createServer(async (req, res) => {
  const route = routes[(req.url ?? '').split('?')[0]!];
  if (!route) return void res.writeHead(404).end();
  const client = await pool.connect();
  try {
    await client.query(`begin; select set_config('role', 'authenticated', true), set_config('request.jwt.claim.sub', '${userId}', true)`);
    const body = await route(client);
    await client.query('commit');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  } finally {
    client.release();
  }
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`));
process.on('SIGINT', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
