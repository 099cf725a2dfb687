// OAuth sign-in against a real OIDC provider on loopback (oauth2-mock-server), through the
// generic OIDC configuration. The provider must be configured before the app reads its env.
import { OAuth2Server } from 'oauth2-mock-server';
import { afterAll, describe, expect, it } from 'vitest';

const oidc = new OAuth2Server();
await oidc.issuer.keys.generate('RS256');
await oidc.start(0, '127.0.0.1');
process.env.OIDC_ISSUER = oidc.issuer.url!;
process.env.OIDC_CLIENT_ID = 'courseflow-test';
process.env.OIDC_CLIENT_SECRET = 'courseflow-test-secret';

let nextIdentity = { sub: 'oidc-user-1', email: 'oauth.student@uni-wien.at', name: 'Oskar Auth' };
oidc.service.on('beforeTokenSigning', (token) => {
  Object.assign(token.payload, { ...nextIdentity, email_verified: true });
});
oidc.service.on('beforeUserinfo', (res) => {
  res.body = { ...nextIdentity, email_verified: true };
});

const { call } = await import('../support/api');

afterAll(() => oidc.stop());

function cookieHeader(setCookies: string[]): string {
  return setCookies.map((c) => c.split(';')[0]).join('; ');
}

async function oauthRoundTrip(body: Record<string, unknown>) {
  const start = await call('POST', '/api/auth/sign-in/social', { body });
  expect(start.status).toBe(200);
  const authorize = await fetch(start.json.url, { redirect: 'manual' });
  expect(authorize.status).toBe(302);
  const callback = authorize.headers.get('location')!;
  const done = await call('GET', callback, { cookie: cookieHeader(start.headers.getSetCookie()) });
  return { start, done };
}

describe('OAuth (OIDC)', () => {
  it('shows only configured providers and refuses the others', async () => {
    const github = await call('POST', '/api/auth/sign-in/social', { body: { provider: 'github' } });
    expect(github.status).toBe(404);
    expect(github.json.error.code).toBe('PROVIDER_NOT_CONFIGURED');
  });

  it('a new student from Austria signs up through OIDC into eu-west and is signed in', async () => {
    const { start, done } = await oauthRoundTrip({ provider: 'oidc', country: 'AT', locale: 'de' });
    expect(start.json.region).toBe('eu-west');
    expect(new URL(start.json.url).searchParams.get('redirect_uri')).toBe('http://localhost:3999/api/auth/eu-west/callback/oidc');
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('http://localhost:3999/de/app');
    const session = done.headers.getSetCookie().find((c) => c.startsWith('cf-eu-west.session_token='));
    expect(session).toBeDefined();
    const me = await call('GET', '/api/me', { cookie: session!.split(';')[0] });
    expect(me.json).toMatchObject({ email: 'oauth.student@uni-wien.at', region: 'eu-west', country: 'AT', preferred_locale: 'de', full_name: 'Oskar Auth' });
  });

  it('an email already living in another region is not forked into a second account', async () => {
    nextIdentity = { sub: 'oidc-user-2', email: 'taken@uni-wien.at', name: 'Tina' };
    await oauthRoundTrip({ provider: 'oidc', country: 'AT' });
    const { done } = await oauthRoundTrip({ provider: 'oidc', country: 'US' });
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toContain('/sign-in?error=');
    expect(done.headers.getSetCookie().some((c) => c.startsWith('cf-us-east.session_token='))).toBe(false);
  });
});
