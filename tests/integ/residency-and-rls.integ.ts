import { describe, expect, it } from 'vitest';
import { getDb, withUserTx } from '@/db/client';
import { sql } from 'drizzle-orm';
import { call, verifiedUser } from '../support/api';
import { adminQuery as query } from '../support/db';

describe('data residency', () => {
  it('each user’s profile, auth user and sessions exist only in their home cell; the directory holds no email', async () => {
    const de = await verifiedUser({ email: 'anna@uni-bonn.de', country: 'DE', locale: 'de' });
    const ca = await verifiedUser({ email: 'louis@ulaval.ca', country: 'CA', locale: 'fr-CA' });
    await call('PATCH', '/api/me', { token: de.token, body: { university: 'Universität Bonn' } });
    await call('PATCH', '/api/me', { token: ca.token, body: { university: 'Université Laval' } });

    for (const [user, home, other] of [[de, 'eu-west', 'us-east'], [ca, 'us-east', 'eu-west']] as const) {
      for (const [table, col] of [['profiles', 'user_id'], ['auth_user', 'id'], ['auth_session', 'user_id'], ['auth_account', 'user_id']]) {
        expect((await query(home, `select 1 from ${table} where ${col} = $1`, [user.userId])).length, `${table} in ${home}`).toBeGreaterThan(0);
        expect((await query(other, `select 1 from ${table} where ${col} = $1`, [user.userId])).length, `${table} in ${other}`).toBe(0);
      }
    }
    const directory = await query('directory', 'select * from account_directory');
    const dump = JSON.stringify(directory);
    expect(directory).toHaveLength(2);
    for (const leak of ['anna', 'louis', 'uni-bonn', 'ulaval', '@']) expect(dump).not.toContain(leak);
    expect(directory.map((r) => r.region).sort()).toEqual(['eu-west', 'us-east']);
  });
});

describe('row level security', () => {
  it('every table in a regional cell has RLS enabled', async () => {
    const rows = await query('us-east', `select relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity`);
    expect(rows.map((r) => r.relname)).toEqual([]);
  });

  it('the app connects as a role that is neither superuser nor able to bypass RLS', async () => {
    const [row] = (await getDb('us-east').execute(sql`select rolsuper, rolbypassrls from pg_roles where rolname = current_user`)).rows;
    expect(row).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('a transaction for user B sees none of user A’s rows in any user table', async () => {
    const a = await verifiedUser({ email: 'a@rls.test', country: 'US' });
    const b = await verifiedUser({ email: 'b@rls.test', country: 'US' });
    await query('us-east', `insert into courses (user_id, name) values ($1, 'A course')`, [a.userId]);
    const tables = (await query('us-east', `select table_name, column_name from information_schema.columns
      where table_schema = 'public' and column_name in ('user_id') order by table_name`)) as { table_name: string }[];
    expect(tables.length).toBeGreaterThan(10);
    const db = getDb('us-east');
    for (const { table_name } of tables) {
      const seenByB = await withUserTx(db, b.userId, (tx) => tx.execute(sql.raw(`select count(*)::int as n from "${table_name}" where user_id = '${a.userId}'`)));
      expect(seenByB.rows[0], table_name).toEqual({ n: 0 });
    }
    const own = await withUserTx(db, a.userId, (tx) => tx.execute(sql`select count(*)::int as n from courses`));
    expect(own.rows[0]).toEqual({ n: 1 });
    const authRows = await withUserTx(db, b.userId, (tx) => tx.execute(sql`select count(*)::int as n from auth_user`));
    expect(authRows.rows[0]).toEqual({ n: 1 });
  });
});
