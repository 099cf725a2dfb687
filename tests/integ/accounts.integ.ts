import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authContextStores } from '@/platform/auth/quiet-auth-contexts';
import { startWorker, type WorkerHandle } from '@/worker/start-worker';
import { STRONG_PASSWORD, call, lastLinkTo, outbox, signUp, verifiedUser, waitForMail } from '../support/api';

// Magic links and reset links are sent by the worker (a job queued by the request).
let worker: WorkerHandle;
beforeAll(async () => {
  worker = await startWorker();
});
afterAll(async () => {
  await worker?.stop();
});

describe('accounts', () => {
  it('a German resident signs up into eu-west, must verify before signing in, then reaches /api/me', async () => {
    const up = await signUp({ email: 'lena@example.de', country: 'DE', locale: 'de', name: 'Lena' });
    // No session: the answer is the same as for an address that already has an account.
    expect(up.status).toBe(200);
    expect(up.json).toEqual({ status: true, region: 'eu-west' });
    expect(up.headers.getSetCookie().some((c) => c.includes('session_token'))).toBe(false);
    const [mail] = await waitForMail('lena@example.de');
    expect(mail?.subject).toBe('Bestätige deine E-Mail-Adresse für CourseFlow');

    const early = await call('POST', '/api/auth/sign-in/email', { body: { email: 'lena@example.de', password: STRONG_PASSWORD } });
    expect(early.status).toBe(403);
    expect(early.json.error.code).toBe('EMAIL_NOT_VERIFIED');

    const verify = await call('GET', await lastLinkTo('lena@example.de', 2));
    expect(verify.status).toBe(302);
    expect(verify.headers.get('location')).toContain('/de/verify-email');

    const signIn = await call('POST', '/api/auth/sign-in/email', { body: { email: 'LENA@example.de', password: STRONG_PASSWORD } });
    expect(signIn.status).toBe(200);
    const me = await call('GET', '/api/me', { token: signIn.json.token });
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ region: 'eu-west', country: 'DE', preferred_locale: 'de', academic_system: 'ects', email_verified: true });
  });

  it('a Canadian resident lands in us-east with the GPA system', async () => {
    const u = await verifiedUser({ email: 'marie@example.ca', country: 'CA', locale: 'fr-CA' });
    expect(u.region).toBe('us-east');
    const me = await call('GET', '/api/me', { token: u.token });
    expect(me.json).toMatchObject({ region: 'us-east', country: 'CA', preferred_locale: 'fr-CA', academic_system: 'gpa' });
  });

  it('refuses weak and common passwords and unknown countries with clear errors; a taken email gets the same answer as a new one', async () => {
    const weak = await call('POST', '/api/auth/sign-up/email', { body: { name: 'A', email: 'a@example.com', password: 'password1', country: 'US' } });
    expect(weak.status).toBe(400);
    expect(weak.json.error.code).toBe('WEAK_PASSWORD');
    const short = await call('POST', '/api/auth/sign-up/email', { body: { name: 'A', email: 'a@example.com', password: 'Xy7!', country: 'US' } });
    expect(short.json.error.code).toBe('WEAK_PASSWORD');

    const first = await signUp({ email: 'dup@example.com', country: 'US' });
    const dup = await signUp({ email: 'Dup@Example.com', country: 'US' });
    expect(dup.status).toBe(200);
    expect(dup.json).toEqual(first.json);
    // The owner hears about it, in the account's language, with the way back in.
    const [, notice] = await waitForMail('dup@example.com', 2);
    expect(notice?.subject).toBe('Someone tried to create a CourseFlow account with your email');
    expect(notice?.text).toContain('/en-US/sign-in');

    const badCountry = await call('POST', '/api/auth/sign-up/email', { body: { name: 'A', email: 'c@example.com', password: STRONG_PASSWORD, country: 'XX' } });
    expect(badCountry.status).toBe(400);
    expect(badCountry.json.error.details.map((d: { path: string }) => d.path)).toEqual(['country']);

    const badLocale = await call('POST', '/api/auth/sign-up/email', { body: { name: 'A', email: 'c@example.com', password: STRONG_PASSWORD, country: 'US', locale: 'pt-BR' } });
    expect(badLocale.status).toBe(400);
    expect(badLocale.json.error.details[0].path).toBe('locale');

    // A name is one line a person typed: control and bidi characters are refused, naming the field.
    for (const name of ['Lena\u0000', 'Lena\u202Eanelt', 'Lena\nSchmidt']) {
      const badName = await call('POST', '/api/auth/sign-up/email', { body: { name, email: 'c@example.com', password: STRONG_PASSWORD, country: 'US' } });
      expect(badName.status).toBe(400);
      expect(badName.json.error.details).toEqual([expect.objectContaining({ path: 'name', code: 'invalid_characters' })]);
    }
  });

  it('wrong password and unknown email answer the same 401', async () => {
    await verifiedUser({ email: 'sam@example.com', country: 'US' });
    const wrong = await call('POST', '/api/auth/sign-in/email', { body: { email: 'sam@example.com', password: 'Not-The-Password-9' } });
    const unknown = await call('POST', '/api/auth/sign-in/email', { body: { email: 'nobody@example.com', password: 'Not-The-Password-9' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json.error.code).toBe(unknown.json.error.code);
  });

  it('password reset: single-use link, old sessions end, new password works', async () => {
    const u = await verifiedUser({ email: 'reset@example.fr', country: 'FR', locale: 'fr' });
    const req = await call('POST', '/api/auth/request-password-reset', { body: { email: 'reset@example.fr' } });
    expect(req.json).toEqual({ status: true });
    const link = new URL(await lastLinkTo('reset@example.fr', 2));
    expect(link.pathname).toBe('/fr/reset-password');
    const token = link.searchParams.get('token')!;
    const region = link.searchParams.get('region')!;
    expect(region).toBe('eu-west');

    const reset = await call('POST', '/api/auth/reset-password', { body: { token, region, newPassword: 'Harbor-Quartz-77-Violet' } });
    expect(reset.status).toBe(200);
    const again = await call('POST', '/api/auth/reset-password', { body: { token, region, newPassword: 'Another-Quartz-88-Violet' } });
    expect(again.status).toBe(400);
    expect(again.json.error.code).toBe('INVALID_TOKEN');

    expect((await call('GET', '/api/me', { token: u.token })).status).toBe(401);
    const signIn = await call('POST', '/api/auth/sign-in/email', { body: { email: 'reset@example.fr', password: 'Harbor-Quartz-77-Violet' } });
    expect(signIn.status).toBe(200);
  });

  it('reset and magic-link requests answer the same for unknown emails', async () => {
    const a = await call('POST', '/api/auth/request-password-reset', { body: { email: 'ghost@example.com' } });
    const b = await call('POST', '/api/auth/sign-in/magic-link', { body: { email: 'ghost@example.com' } });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(outbox().some((m) => m.to === 'ghost@example.com')).toBe(false);
  });

  it('magic link signs in once and sets the regional session cookie', async () => {
    await verifiedUser({ email: 'magic@example.es', country: 'ES', locale: 'es' });
    await call('POST', '/api/auth/sign-in/magic-link', { body: { email: 'magic@example.es', locale: 'es' } });
    const link = await lastLinkTo('magic@example.es', 2);
    expect(link).toContain('/api/auth/eu-west/magic-link/verify');
    const first = await call('GET', link);
    expect(first.status).toBe(302);
    const cookie = first.headers.getSetCookie().find((c) => c.startsWith('cf-eu-west.session_token='));
    expect(cookie).toBeDefined();
    const me = await call('GET', '/api/me', { cookie: cookie!.split(';')[0] });
    expect(me.status).toBe(200);
    expect(me.json.email).toBe('magic@example.es');
    const second = await call('GET', link);
    expect(second.headers.get('location')).toContain('error=');
  });

  it('sign-out ends one session; sign-out everywhere ends them all', async () => {
    const a = await verifiedUser({ email: 'multi@example.com', country: 'US' });
    const b = await call('POST', '/api/auth/sign-in/email', { body: { email: 'multi@example.com', password: STRONG_PASSWORD } });
    const c = await call('POST', '/api/auth/sign-in/email', { body: { email: 'multi@example.com', password: STRONG_PASSWORD } });
    expect((await call('POST', '/api/auth/sign-out', { token: a.token })).status).toBe(200);
    expect((await call('GET', '/api/me', { token: a.token })).status).toBe(401);
    expect((await call('GET', '/api/me', { token: b.json.token })).status).toBe(200);
    expect((await call('POST', '/api/auth/sign-out-everywhere', { token: b.json.token })).status).toBe(200);
    expect((await call('GET', '/api/me', { token: b.json.token })).status).toBe(401);
    expect((await call('GET', '/api/me', { token: c.json.token })).status).toBe(401);
  });

  it('a new sign-in rotates the session the browser already had', async () => {
    const u = await verifiedUser({ email: 'rotate@example.com', country: 'US' });
    const cookie = u.cookies.find((c) => c.startsWith('cf-us-east.session_token='))!.split(';')[0]!;
    const again = await call('POST', '/api/auth/sign-in/email', { body: { email: 'rotate@example.com', password: STRONG_PASSWORD }, cookie, headers: { origin: 'http://localhost:3999' } });
    expect(again.status).toBe(200);
    expect((await call('GET', '/api/me', { cookie })).status).toBe(401);
  });

  it('a sign-up and a sign-in running at once both finish, and the auth library request contexts are off afterwards', async () => {
    await verifiedUser({ email: 'first@example.com', country: 'US' });
    // Both reach Better Auth: the sign-up (password hash, directory claim, profile, mail) is still
    // running when the sign-in ends.
    const [up, signIn] = await Promise.all([
      signUp({ email: 'overlap@example.com', country: 'CA', locale: 'fr-CA' }),
      call('POST', '/api/auth/sign-in/email', { body: { email: 'first@example.com', password: STRONG_PASSWORD } }),
    ]);
    expect(signIn.status).toBe(200);
    expect(up.status).toBe(200);
    expect((await call('GET', '/api/me', { token: signIn.json.token })).status).toBe(200);
    const [mail] = await waitForMail('overlap@example.com');
    expect(mail?.subject).toContain('CourseFlow');
    // Node 20 keeps `enabled` on each store; while one is enabled, every promise in the process pays a hook.
    const enabled = (await authContextStores()).map((s) => (s as unknown as { enabled?: boolean }).enabled ?? false);
    expect(enabled).toEqual([false, false, false]);
  });
});
