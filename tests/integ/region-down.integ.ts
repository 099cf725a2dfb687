// One region's database down leaves the other region working; readiness names what is down.
import { describe, expect, it } from 'vitest';
import { envKey } from '../support/test-secrets';

// Point eu-west at a port nothing listens on, before the app reads its configuration.
process.env[envKey('eu-west')] = 'postgres://postgres:x@127.0.0.1:9/courseflow_eu_west';
const { call, verifiedUser } = await import('../support/api');

describe('a region down', () => {
  it('readiness is 503 and names the region that is down', async () => {
    const ready = await call('GET', '/api/ready');
    expect(ready.status).toBe(503);
    expect(ready.json.checks).toEqual({ directory: 'up', 'database:us-east': 'up', 'database:eu-west': 'down', 'storage:us-east': 'up', 'storage:eu-west': 'up' });
  });

  it('US users keep working; an EU sign-up gets a clear 503', async () => {
    const us = await verifiedUser({ email: 'still.up@example.com', country: 'US' });
    expect((await call('GET', '/api/me', { token: us.token })).status).toBe(200);
    const eu = await call('POST', '/api/auth/sign-up/email', { body: { name: 'E', email: 'down@example.de', password: 'Lantern-Orbit-42-Meadow', country: 'DE' } });
    expect(eu.status).toBe(503);
    expect(eu.json.error.code).toBe('REGION_UNAVAILABLE');
  });
});
