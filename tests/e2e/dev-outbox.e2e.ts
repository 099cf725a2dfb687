// Account safety of a default install, against whole apps as `npm start` runs them:
//  - the development outbox (live sign-in and reset links) answers only on a developer's machine
//    and only to loopback; a production configuration has no such page, though mail is still
//    written to DATA_DIR/outbox files and the start warns that SMTP_URL is unset;
//  - no log line holds an email address, even when a mail server's refusal quotes it.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppInstance } from '../support/app-instance';
import { PASSWORD } from '../support/journeys';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cf-outbox-'));
  chmodSync(dir, 0o755);
  dirs.push(dir);
  return dir;
}

// A mail server that refuses every recipient the way real ones do, quoting the address.
const refused: string[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onRcptTo(address, _session, callback) {
    refused.push(address.address);
    callback(Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`), { responseCode: 550 }));
  },
});

const LIMITS = { RATE_LIMIT_PER_MINUTE: '10000', AUTH_RATE_LIMIT_PER_MINUTE: '10000' };
let devApp: AppInstance;
let devDir: string;
let prodApp: AppInstance;
let prodDir: string;
let mailApp: AppInstance;

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  devDir = dataDir();
  prodDir = dataDir();
  [devApp, prodApp, mailApp] = await Promise.all([
    // The embedded default (npm start sets DEV_OUTBOX), behind one trusted proxy.
    startApp(devDir, { ...LIMITS, TRUSTED_PROXY_HOPS: '1' }),
    // A production configuration: no outbox page, and no SMTP_URL either.
    startApp(prodDir, { ...LIMITS, DEV_OUTBOX: 'false' }),
    // Real mail that fails, every log line written (no pages: this is about the API and the worker).
    startApp(dataDir(), { ...LIMITS, LOG_LEVEL: 'debug', ROLES: 'worker,realtime', SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` }),
  ]);
}, 600_000);

afterAll(async () => {
  await Promise.all([devApp, prodApp, mailApp].map((a) => a?.interrupt()));
  await new Promise<void>((r) => smtp.close(() => r()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const post = (app: AppInstance, url: string, body: unknown) =>
  fetch(`${app.url}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

function mailFiles(dir: string): { to: string; subject: string }[] {
  const outbox = path.join(dir, 'outbox');
  try {
    return readdirSync(outbox).map((n) => JSON.parse(readFileSync(path.join(outbox, n), 'utf8')));
  } catch {
    return [];
  }
}

describe('the development outbox', () => {
  it('answers a request from this machine, and 404 to one forwarded for another address', async () => {
    expect((await post(devApp, '/api/auth/sign-up/email', { name: 'Dev Student', email: 'dev.student@outbox.test', password: PASSWORD, country: 'US' })).status).toBe(200);
    const local = await fetch(`${devApp.url}/en-US/dev/outbox`);
    expect(local.status).toBe(200);
    expect(await local.text()).toContain('dev.student@outbox.test');

    const remote = await fetch(`${devApp.url}/en-US/dev/outbox`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(remote.status).toBe(404);
    expect(await remote.text()).not.toContain('dev.student@outbox.test');
    // A client cannot pose as loopback through the header the server itself sets for pages.
    const posing = await fetch(`${devApp.url}/en-US/dev/outbox`, { headers: { 'x-forwarded-for': '203.0.113.9', 'x-courseflow-client-ip': '127.0.0.1' } });
    expect(posing.status).toBe(404);
  });

  it('does not exist in a production configuration, even for this machine; mail still goes to DATA_DIR/outbox files and the start says to set SMTP_URL', async () => {
    expect((await post(prodApp, '/api/auth/sign-up/email', { name: 'Prod Student', email: 'prod.student@outbox.test', password: PASSWORD, country: 'DE' })).status).toBe(200);
    const page = await fetch(`${prodApp.url}/de/dev/outbox`);
    expect(page.status).toBe(404);
    expect(await page.text()).not.toContain('prod.student@outbox.test');
    await expect.poll(() => mailFiles(prodDir).map((m) => m.to)).toContain('prod.student@outbox.test');
    expect(prodApp.output()).toContain('Set SMTP_URL to send them');
  });
});

describe('logs', () => {
  it('never hold an email address: failed sign-ups, a reset and a magic link for a known address, with the mail server refusing it', async () => {
    const email = 'Lena.Vogel+cs@uni-logs.example';
    expect((await post(mailApp, '/api/auth/sign-up/email', { name: 'Lena Vogel', email, password: PASSWORD, country: 'DE' })).status).toBe(200);
    // Failed sign-ups: the address taken, a weak password, a name the server refuses.
    expect((await post(mailApp, '/api/auth/sign-up/email', { name: 'Lena Vogel', email, password: PASSWORD, country: 'DE' })).status).toBe(200);
    expect((await post(mailApp, '/api/auth/sign-up/email', { name: 'Lena Vogel', email, password: 'password1', country: 'DE' })).status).toBe(400);
    expect((await post(mailApp, '/api/auth/sign-up/email', { name: 'Lena\u0000Vogel', email, password: PASSWORD, country: 'DE' })).status).toBe(400);
    expect((await post(mailApp, '/api/auth/request-password-reset', { email })).status).toBe(200);
    expect((await post(mailApp, '/api/auth/sign-in/magic-link', { email })).status).toBe(200);

    // The confirmation, the account-exists note, the reset and the magic link were each refused,
    // and the worker reported its failures.
    const address = email.toLowerCase();
    await expect.poll(() => refused.filter((a) => a.toLowerCase() === address).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    await expect.poll(() => (mailApp.output().match(/sending an account email failed/g) ?? []).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const out = mailApp.output().toLowerCase();
    expect(out).toContain('[email]');
    expect(out).not.toContain(address);
    expect(out).not.toContain('uni-logs.example');
  });
});
