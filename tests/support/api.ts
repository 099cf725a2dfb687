// Drives the real API in-process (the same handleApiRequest the Node server uses) against the
// test file's own databases.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { handleApiRequest } from '@/api/handle';
import { env } from '@/platform/env';

export const ORIGIN = 'http://localhost:3999';
let ipCounter = 0;

export type CallOptions = { body?: unknown; rawBody?: string | Uint8Array; token?: string; cookie?: string; headers?: Record<string, string>; ip?: string };

/** Each call comes from its own client address unless `ip` is given, so rate limits stay out of unrelated tests. */
export async function call(method: string, url: string, opts: CallOptions = {}) {
  const headers = new Headers(opts.headers);
  if (opts.body !== undefined) headers.set('content-type', 'application/json');
  if (opts.token) headers.set('authorization', `Bearer ${opts.token}`);
  if (opts.cookie) headers.set('cookie', opts.cookie);
  const body = opts.rawBody ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined);
  const res = await handleApiRequest(new Request(new URL(url, ORIGIN), { method, headers, body: body as BodyInit | undefined }), opts.ip ?? `10.9.${(ipCounter >> 8) & 255}.${ipCounter++ & 255}`);
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

export function outbox(): { to: string; subject: string; text: string }[] {
  const dir = path.join(env.DATA_DIR, 'outbox');
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().map((n) => JSON.parse(readFileSync(path.join(dir, n), 'utf8')));
}

/** Mail is sent in the background after the response (by a worker job for links); wait for it, 20 s at most. */
export async function waitForMail(email: string, count = 1) {
  for (let i = 0; i < 400; i++) {
    const mails = outbox().filter((m) => m.to === email);
    if (mails.length >= count) return mails;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no mail to ${email}`);
}

export async function lastLinkTo(email: string, count = 1): Promise<string> {
  const mail = (await waitForMail(email, count)).at(-1);
  const link = mail?.text.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no mail with a link to ${email}`);
  return link;
}

export const STRONG_PASSWORD = 'Lantern-Orbit-42-Meadow';

export async function signUp(input: { email: string; country: string; locale?: string; name?: string }) {
  return call('POST', '/api/auth/sign-up/email', {
    body: { name: input.name ?? 'Test Student', email: input.email, password: STRONG_PASSWORD, country: input.country, ...(input.locale ? { locale: input.locale } : {}) },
  });
}

/** Sign up, follow the verification link from the outbox, sign in: a ready bearer token. */
export async function verifiedUser(input: { email: string; country: string; locale?: string; name?: string }) {
  const up = await signUp(input);
  if (up.status !== 200) throw new Error(`sign-up failed: ${up.status} ${up.text}`);
  const verify = await call('GET', await lastLinkTo(input.email));
  if (verify.status !== 302) throw new Error(`verification failed: ${verify.status} ${verify.text}`);
  const signIn = await call('POST', '/api/auth/sign-in/email', { body: { email: input.email, password: STRONG_PASSWORD } });
  if (signIn.status !== 200) throw new Error(`sign-in failed: ${signIn.status} ${signIn.text}`);
  return { token: signIn.json.token as string, userId: signIn.json.user.id as string, region: signIn.json.region as string, cookies: signIn.headers.getSetCookie() };
}

/** The standard error body: a code, a message in the caller's language, when and which request. */
export function expectStandardError(res: { status: number; json: any }, status: number, code?: string) {
  expect(res.status).toBe(status);
  expect(res.json.error).toMatchObject({ code: code ?? expect.any(String), message: expect.any(String), timestamp: expect.any(String), requestId: expect.any(String) });
}
