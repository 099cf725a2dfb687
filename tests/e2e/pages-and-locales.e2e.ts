// Locale detection order (path → cookie → Accept-Language → country), the page CSP, the shell's
// access check and the roles' health on the real server.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { launchBrowser } from '../support/browser';

const { url } = inject('app');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${url}${path}`, { headers, redirect: 'manual' });

describe('locale detection', () => {
  it('follows path, then cookie, then Accept-Language, then the geo country', async () => {
    expect((await get('/es')).status).toBe(200);
    expect((await get('/', { cookie: 'NEXT_LOCALE=fr-CA', 'accept-language': 'de' })).headers.get('location')).toMatch(/\/fr-CA$/);
    expect((await get('/', { 'accept-language': 'de-AT,de;q=0.9' })).headers.get('location')).toMatch(/\/de$/);
    expect((await get('/', { 'cf-ipcountry': 'FR' })).headers.get('location')).toMatch(/\/fr$/);
    expect((await get('/', {})).headers.get('location')).toMatch(/\/en-US$/);
  });

  it('/{locale}/api answers like /api in that locale', async () => {
    const res = await get('/de/api/me');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('Bitte melde dich an, um fortzufahren.');
  });
});

describe('pages', () => {
  it('every page carries a nonce-based CSP without unsafe-eval and refuses framing', async () => {
    const res = await get('/en-GB');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const nonce = csp.match(/'nonce-([^']+)'/)![1]!;
    expect(await res.text()).toContain(`nonce="${nonce}"`);
  });

  it('the app shell sends anonymous visitors to sign in', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/en-GB/app/settings`);
    await page.waitForURL(/\/en-GB\/sign-in/);
    await page.close();
  });

  it('the landing page renders in every locale without console errors', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    for (const locale of ['en-US', 'fr-CA', 'en-GB', 'de', 'fr', 'es']) {
      await page.goto(`${url}/${locale}`);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await page.locator('h1').count()).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('roles', () => {
  it('web, realtime and worker report healthy; the demo students exist; a socket connects', async () => {
    const health = (await (await get('/api/health')).json()) as { roles: Record<string, { status: string }> };
    expect(health.roles.web?.status).toBe('up');
    expect(health.roles.worker?.status).toBe('up');
    expect(health.roles.realtime?.status).toBe('up');
    expect((await get('/api/ready')).status).toBe(200);

    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const demo = JSON.parse(readFileSync(path.join(inject('app').dataDir, 'demo-users.json'), 'utf8')) as Record<string, string>;
    const signIn = await fetch(`${url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'lena.demo@courseflow.local', password: demo['lena.demo@courseflow.local'] }),
    });
    const { token, region } = (await signIn.json()) as { token: string; region: string };
    expect(region).toBe('eu-west');
    const ws = new WebSocket(`${url.replace('http', 'ws')}/realtime`, { headers: { authorization: `Bearer ${token}` } });
    const hello = await new Promise<string>((resolve, reject) => {
      ws.once('message', (d) => resolve(d.toString()));
      ws.once('error', reject);
    });
    expect(JSON.parse(hello)).toEqual({ type: 'hello', region: 'eu-west' });
    ws.close();
  });
});
