import { describe, expect, it } from 'vitest';
import { call, verifiedUser } from '../support/api';
import { adminQuery as admin } from '../support/db';

describe('session lifetime', () => {
  it('a session unused past the idle timeout ends', async () => {
    const u = await verifiedUser({ email: 'idle@example.com', country: 'US' });
    await admin('us-east', `update auth_session set expires_at = now() - interval '1 minute' where user_id = $1`, [u.userId]);
    expect((await call('GET', '/api/me', { token: u.token })).status).toBe(401);
  });

  it('a session older than the absolute lifetime ends even while in use, and is deleted', async () => {
    const u = await verifiedUser({ email: 'old@example.com', country: 'US' });
    await admin('us-east', `update auth_session set created_at = now() - interval '31 days' where user_id = $1`, [u.userId]);
    expect((await call('GET', '/api/me', { token: u.token })).status).toBe(401);
    expect(await admin('us-east', 'select 1 from auth_session where token = $1', [u.token.split(':')[1]])).toHaveLength(0);
  });

  it('a bearer token names its region: a forged prefix finds nothing', async () => {
    const u = await verifiedUser({ email: 'prefix@example.com', country: 'US' });
    const raw = u.token.split(':')[1];
    expect((await call('GET', '/api/me', { token: `eu-west:${raw}` })).status).toBe(401);
    expect((await call('GET', '/api/me', { token: `mars:${raw}` })).status).toBe(401);
    expect((await call('GET', '/api/me', { token: raw })).status).toBe(401);
  });
});

describe('auth rate limits live in the database', () => {
  it('auth attempts are counted in the directory so every instance shares the limit', async () => {
    for (let i = 0; i < 3; i++) {
      await call('POST', '/api/auth/sign-in/email', { body: { email: 'nobody@example.com', password: 'Whatever-123-x' }, ip: '10.55.0.9' });
    }
    const rows = await admin('directory', `select key, points from rate_limits where key = 'auth:10.55.0.9'`);
    expect(rows).toEqual([{ key: 'auth:10.55.0.9', points: 3 }]);
  });

  it('X-Forwarded-For from an untrusted client does not change the key', async () => {
    for (let i = 0; i < 2; i++) {
      await call('POST', '/api/auth/sign-in/email', {
        body: { email: 'nobody@example.com', password: 'Whatever-123-x' },
        ip: '10.55.0.10',
        headers: { 'x-forwarded-for': `192.0.2.${i}`, 'x-courseflow-client-ip': '192.0.2.99' },
      });
    }
    const rows = await admin('directory', `select key, points from rate_limits where key = 'auth:10.55.0.10' or key like 'auth:192.0.2.%'`);
    expect(rows).toEqual([{ key: 'auth:10.55.0.10', points: 2 }]);
  });
});
