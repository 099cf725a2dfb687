// Drill: the region's database goes away under a running app (its embedded PostgreSQL killed).
// A signed-in page says, in the student's language, that their region is unavailable and offers to
// try again, instead of a bare 500; the API answers 503 REGION_UNAVAILABLE.
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { descendants, startApp, type AppInstance } from '../support/app-instance';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cf-outage-'));
chmodSync(dataDir, 0o755);
let app: AppInstance;

beforeAll(async () => {
  app = await startApp(dataDir);
});
afterAll(async () => {
  await app?.killAll();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Signs a demo student in as a browser does; returns the session cookie. */
async function signIn(email: string): Promise<string> {
  const password = app.output().match(new RegExp(`${email.replace(/\./g, '\\.')} / (\\S+)`))![1];
  const res = await fetch(`${app.url}/api/auth/sign-in/email`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
}

const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};

describe('a region outage', () => {
  it('signed-in pages show the localised unavailable page with a retry link; the API answers 503', async () => {
    const lena = await signIn('lena.demo@courseflow.local');
    const jordan = await signIn('jordan.demo@courseflow.local');
    const page = (cookie: string, p: string) => fetch(`${app.url}${p}`, { headers: { cookie }, redirect: 'manual' });
    const before = await page(lena, '/de/app/settings');
    expect(before.status).toBe(200);
    const heading = (html: string) => html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1];
    expect(heading(await before.text())).not.toBe('Deine Region ist gerade nicht erreichbar');

    const postgres = descendants(app.pid).filter((pid) => cmdline(pid).includes('postgres'));
    expect(postgres.length).toBeGreaterThan(0);
    for (const pid of postgres) process.kill(pid, 'SIGKILL');

    const started = Date.now();
    const de = await page(lena, '/de/app/settings');
    const html = await de.text();
    // Next.js lets no server component set the status; the page answers 200 and says what happened.
    expect(de.status).toBe(200);
    expect(heading(html)).toBe('Deine Region ist gerade nicht erreichbar');
    expect(html).toContain('Europäische Union (EU-West)');
    expect(html).toMatch(/<a href="\/de\/app\/settings"[^>]*>Erneut versuchen<\/a>/);
    expect(Date.now() - started).toBeLessThan(10_000);

    const en = await (await page(jordan, '/en-US/app/files')).text();
    expect(heading(en)).toBe('Your region is unavailable right now');
    expect(en).toContain('North America (US East)');

    // The sign-in page still shows its form to a visitor whose cookie names the region that is down.
    const signInPage = await page(lena, '/de/sign-in');
    expect(signInPage.status).toBe(200);
    expect(await signInPage.text()).toMatch(/type="password"/);

    const me = await fetch(`${app.url}/api/me`, { headers: { cookie: lena, 'accept-language': 'de' } });
    expect(me.status).toBe(503);
    const body = await me.json();
    expect(body.error.code).toBe('REGION_UNAVAILABLE');
    expect(body.error.message).toContain('Datenregion');
  });
});
