// A name that comes from an OAuth provider enters CourseFlow like a typed one: an identity whose
// name holds U+0000, a line break and a bidi override signs up all the same, and the profile keeps
// the name on one line, without them. The OIDC provider runs on loopback (oauth2-mock-server).
import { OAuth2Server } from 'oauth2-mock-server';
import { afterAll, describe, expect, it } from 'vitest';

const oidc = new OAuth2Server();
await oidc.issuer.keys.generate('RS256');
await oidc.start(0, '127.0.0.1');
// The provider is configured before the app reads its environment.
process.env.OIDC_ISSUER = oidc.issuer.url!;
process.env.OIDC_CLIENT_ID = 'courseflow-test';
process.env.OIDC_CLIENT_SECRET = 'courseflow-test-secret';

const identity = { sub: 'oidc-hostile-1', email: 'mallory@uni-hostile.test', name: 'Mallory\u0000 \u202Eexe.gnp\r\nSmith' };
oidc.service.on('beforeTokenSigning', (token) => {
  Object.assign(token.payload, { ...identity, email_verified: true });
});
oidc.service.on('beforeUserinfo', (res) => {
  res.body = { ...identity, email_verified: true };
});

const { call } = await import('../support/api');

afterAll(() => oidc.stop());

describe('hostile text from an OAuth provider', () => {
  it('a name with U+0000, CR/LF and U+202E signs up, stored on one line without them', async () => {
    const start = await call('POST', '/api/auth/sign-in/social', { body: { provider: 'oidc', country: 'US' } });
    expect(start.status).toBe(200);
    const authorize = await fetch(start.json.url, { redirect: 'manual' });
    const cookie = start.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const done = await call('GET', authorize.headers.get('location')!, { cookie });
    expect(done.status, done.text).toBe(302);
    const session = done.headers.getSetCookie().find((c) => c.startsWith('cf-us-east.session_token='));
    expect(session, done.headers.get('location') ?? '').toBeDefined();
    const me = await call('GET', '/api/me', { cookie: session!.split(';')[0] });
    expect(me.json.full_name).toBe('Mallory exe.gnp Smith');
  });
});
