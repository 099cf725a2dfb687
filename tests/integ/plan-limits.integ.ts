// The largest upload follows the student's plan, as their subscription records it: checked on the
// server before a byte is stored, named in the error, and reported by /api/me for the upload screen.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, withUserTx } from '@/db/client';
import { call, verifiedUser } from '../support/api';
import { adminQuery } from '../support/db';
import { makeLargePng } from '../support/documents';
import { upload } from '../support/files';

const MB = 1024 * 1024;

describe('upload size per plan', () => {
  it('holds a free student to 50 MB, lets a student plan send 75 MB, and falls back when the subscription is canceled', async () => {
    const u = await verifiedUser({ email: 'plans@files.test', country: 'US' });
    const scan = makeLargePng(60 * MB);

    expect((await call('GET', '/api/me', { token: u.token })).json.plan).toEqual({ tier: 'free', max_upload_bytes: 50 * MB });
    const refused = await upload(u.token, [{ name: 'lecture-scan.png', bytes: scan }]);
    expect(refused.status).toBe(413);
    expect(refused.json.error).toMatchObject({ code: 'FILE_OVER_PLAN_LIMIT' });
    expect(refused.json.error.message).toContain('50 MB');
    expect(await adminQuery(u.region, 'select id from files where user_id = $1', [u.userId])).toEqual([]);
    // Only billing writes a subscription: a student's own transaction cannot grant itself a plan.
    await expect(
      withUserTx(getDb(u.region), u.userId, (tx) => tx.execute(sql`insert into subscriptions (user_id, tier) values (${u.userId}, 'premium')`)),
    ).rejects.toThrow();
    expect((await call('GET', '/api/me', { token: u.token })).json.plan.tier).toBe('free');

    await adminQuery(u.region, `insert into subscriptions (user_id, tier, status) values ($1, 'student', 'active')`, [u.userId]);
    expect((await call('GET', '/api/me', { token: u.token })).json.plan).toEqual({ tier: 'student', max_upload_bytes: 75 * MB });
    const stored = await upload(u.token, [{ name: 'lecture-scan.png', bytes: scan }]);
    expect(stored.status).toBe(201);
    expect(stored.json.data[0]).toMatchObject({ outcome: 'stored', file: { file_size: 60 * MB, kind: 'image' } });
    const over = await upload(u.token, [{ name: 'bigger-scan.png', bytes: makeLargePng(76 * MB) }]);
    expect(over.json.error).toMatchObject({ code: 'FILE_OVER_PLAN_LIMIT' });
    expect(over.json.error.message).toContain('75 MB');

    await adminQuery(u.region, `update subscriptions set status = 'canceled' where user_id = $1`, [u.userId]);
    expect((await call('GET', '/api/me', { token: u.token })).json.plan.tier).toBe('free');
    const again = await upload(u.token, [{ name: 'another-scan.png', bytes: makeLargePng(51 * MB) }]);
    expect(again.status).toBe(413);
  });
});
