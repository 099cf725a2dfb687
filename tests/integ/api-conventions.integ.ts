import { describe, expect, it } from 'vitest';
import { call, expectStandardError, verifiedUser } from '../support/api';

describe('API conventions', () => {
  it('every protected route in the OpenAPI document answers 401 to anonymous callers', async () => {
    const doc = (await call('GET', '/api/openapi.json')).json;
    const protectedOps: [string, string][] = [];
    for (const [path, ops] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(ops)) if (op.security?.length) protectedOps.push([method.toUpperCase(), path]);
    }
    expect(protectedOps.length).toBeGreaterThanOrEqual(5);
    for (const [method, path] of protectedOps) {
      const res = await call(method, path, method === 'GET' ? {} : { body: {} });
      expectStandardError(res, 401, 'UNAUTHENTICATED');
    }
  });

  it('bad input is a 4xx in the standard format, never a 500, and changes nothing', async () => {
    const u = await verifiedUser({ email: 'input@example.com', country: 'US' });
    const bad = [
      await call('PATCH', '/api/me', { token: u.token, rawBody: '{"full_name":', headers: { 'content-type': 'application/json' } }),
      await call('PATCH', '/api/me', { token: u.token, body: { full_name: 42 } }),
      await call('PATCH', '/api/me', { token: u.token, body: { is_admin: true } }),
      await call('PATCH', '/api/me', { token: u.token, body: { preferred_locale: 'xx-YY' } }),
      await call('PATCH', '/api/me', { token: u.token, body: { timezone: 'Mars/Olympus' } }),
      await call('PATCH', '/api/me', { token: u.token, body: { full_name: 'x'.repeat(10_000) } }),
      await call('PATCH', '/api/me', { token: u.token, rawBody: 'full_name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    ];
    expect(bad.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400, 415]);
    expect(bad[0]!.json.error.code).toBe('MALFORMED_JSON');
    expect(bad[1]!.json.error.details[0]).toMatchObject({ path: 'full_name', code: 'invalid_type' });
    expect(bad[2]!.json.error.details[0]).toMatchObject({ path: 'is_admin', code: 'unrecognized_keys' });
    expect(bad[3]!.json.error.details[0].path).toBe('preferred_locale');
    for (const r of bad) expectStandardError(r, r.status);
    const me = await call('GET', '/api/me', { token: u.token });
    expect(me.json.full_name).toBe('Test Student');
  });

  it('a 10 MB body is refused with 413', async () => {
    const u = await verifiedUser({ email: 'big@example.com', country: 'US' });
    const res = await call('PATCH', '/api/me', { token: u.token, rawBody: JSON.stringify({ full_name: 'x'.repeat(10 * 1024 * 1024) }), headers: { 'content-type': 'application/json' } });
    expectStandardError(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('messages follow the locale: /{locale}/api prefix, then Accept-Language', async () => {
    const de = await call('GET', '/de/api/me');
    expect(de.json.error.message).toBe('Bitte melde dich an, um fortzufahren.');
    const es = await call('GET', '/api/me', { headers: { 'accept-language': 'es-ES,es;q=0.9' } });
    expect(es.json.error.message).toBe('Inicia sesión para continuar.');
    const frCa = await call('GET', '/fr-CA/api/health');
    expect(frCa.status).toBe(200);
  });

  it('unknown routes are a standard 404; auth internals are not exposed on regional paths', async () => {
    expectStandardError(await call('GET', '/api/nope'), 404, 'NOT_FOUND');
    expectStandardError(await call('POST', '/api/auth/us-east/sign-up/email', { body: {} }), 404, 'NOT_FOUND');
    expectStandardError(await call('GET', '/api/auth/mars-north/verify-email?token=x'), 404, 'NOT_FOUND');
  });

  it('rate limits answer 429 with Retry-After', async () => {
    let last;
    for (let i = 0; i < 12; i++) {
      last = await call('POST', '/api/auth/sign-in/email', { body: { email: 'x@example.com', password: 'whatever-pass' }, ip: '10.77.0.1' });
      if (last.status === 429) break;
    }
    expectStandardError(last!, 429, 'RATE_LIMITED');
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('a cross-origin POST carrying cookies is refused', async () => {
    const u = await verifiedUser({ email: 'csrf@example.com', country: 'US' });
    const cookie = u.cookies.find((c) => c.startsWith('cf-us-east.session_token='))!.split(';')[0]!;
    const evil = await call('PATCH', '/api/me', { cookie, body: { full_name: 'Hacked' }, headers: { origin: 'https://evil.example' } });
    expectStandardError(evil, 403, 'CROSS_SITE_REQUEST');
    const fetchSite = await call('POST', '/api/auth/sign-out', { cookie, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(fetchSite.status).toBe(403);
    const same = await call('PATCH', '/api/me', { cookie, body: { full_name: 'Mine' }, headers: { origin: 'http://localhost:3999' } });
    expect(same.status).toBe(200);
  });

  it('health, readiness, metrics, OpenAPI and security headers', async () => {
    const ready = await call('GET', '/api/ready');
    expect(ready.json).toEqual({ status: 'ready', checks: { directory: 'up', 'database:us-east': 'up', 'database:eu-west': 'up', 'storage:us-east': 'up', 'storage:eu-west': 'up' } });
    expect(ready.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(ready.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ready.headers.get('referrer-policy')).toBeTruthy();
    expect(ready.headers.get('x-request-id')).toBeTruthy();
    expect(ready.headers.get('cache-control')).toBe('no-store');
    // Also on errors and on Better Auth's own endpoints (an emailed link with a bad token).
    const missing = await call('GET', '/api/nope');
    expect(missing.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const link = await call('GET', '/api/auth/us-east/verify-email?token=bad');
    expect(link.headers.get('x-content-type-options')).toBe('nosniff');
    expect(link.headers.get('x-request-id')).toBeTruthy();
    // Metrics are for the operator: this machine only while no METRICS_TOKEN is set.
    expectStandardError(await call('GET', '/api/metrics', { ip: '203.0.113.9' }), 404, 'NOT_FOUND');
    const metrics = await call('GET', '/api/metrics', { ip: '127.0.0.1' });
    expect(metrics.text).toMatch(/http_requests_total\{method="GET",route="\/api\/ready",status="200"\}/);
    expect(metrics.text).toContain('http_request_duration_seconds_bucket');
    const doc = await call('GET', '/api/openapi.json');
    expect(doc.json.paths['/api/me'].patch).toBeDefined();
  });
});

describe('locale preferences', () => {
  it('PUT saves the locale and time zone, sets the locale cookie, and GET /api/me reflects them', async () => {
    const u = await verifiedUser({ email: 'prefs@example.com', country: 'US' });
    const put = await call('PUT', '/api/locale/preferences', { token: u.token, body: { locale: 'es', timezone: 'Europe/Madrid' } });
    expect(put.status).toBe(200);
    expect(put.json).toEqual({ locale: 'es', timezone: 'Europe/Madrid' });
    expect(put.headers.getSetCookie().some((c) => c.startsWith('NEXT_LOCALE=es'))).toBe(true);
    expect((await call('GET', '/api/locale/preferences', { token: u.token })).json).toEqual({ locale: 'es', timezone: 'Europe/Madrid' });
    const me = await call('GET', '/api/me', { token: u.token });
    expect(me.json).toMatchObject({ preferred_locale: 'es', timezone: 'Europe/Madrid', region: 'us-east' });
    const bad = await call('PUT', '/api/locale/preferences', { token: u.token, body: { locale: 'es' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details[0]).toMatchObject({ path: 'timezone', code: 'required' });
  });
});
