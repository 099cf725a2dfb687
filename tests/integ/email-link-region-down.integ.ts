// Reset and magic link queue a job in every cell; one cell down must not stop the others' students.
import { describe, expect, it } from 'vitest';
import { envKey } from '../support/test-secrets';

// Point eu-west at a port nothing listens on, before the app reads its configuration.
process.env[envKey('eu-west')] = 'postgres://postgres:x@127.0.0.1:9/courseflow_eu_west';
const { call, verifiedUser } = await import('../support/api');
const { adminQuery } = await import('../support/db');

describe('email links with a cell down', () => {
  it('a US student’s reset is still queued in their cell, and an unknown address gets the usual answer', async () => {
    const u = await verifiedUser({ email: 'us.reset@example.com', country: 'US' });
    const reset = await call('POST', '/api/auth/request-password-reset', { body: { email: 'us.reset@example.com' } });
    expect(reset.status).toBe(200);
    expect(reset.json).toEqual({ status: true });
    const jobs = await adminQuery('us-east', "select data from pgboss.job where name = 'account-email-link'");
    expect(jobs.map((j) => j.data)).toEqual([{ kind: 'reset', userId: u.userId, locale: null }]);

    const unknown = await call('POST', '/api/auth/sign-in/magic-link', { body: { email: 'nobody@example.com' } });
    expect(unknown.status).toBe(200);
    expect(unknown.json).toEqual({ status: true });
  });
});
