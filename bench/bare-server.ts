// The baseline for GET /api/me: bare node:http + pg, answering the same JSON from the same query
// in the same RLS transaction the app uses. Run as its own process, like the app.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

const [connectionString, userId] = [process.env.BARE_DATABASE_URL!, process.env.BARE_USER_ID!];
const pool = new pg.Pool({ connectionString, max: 10 });

const server = createServer(async (_req, res) => {
  const client = await pool.connect();
  try {
    await client.query(`begin; select set_config('role', 'authenticated', true), set_config('request.jwt.claim.sub', '${userId}', true)`);
    const { rows } = await client.query(
      `select p.*, u.email, u.email_verified from profiles p join auth_user u on u.id = p.user_id where p.user_id = $1`,
      [userId],
    );
    await client.query('commit');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(rows[0]));
  } finally {
    client.release();
  }
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`));
process.on('SIGINT', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
