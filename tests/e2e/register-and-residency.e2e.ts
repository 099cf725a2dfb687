// A student registers in their language, verifies the email from the outbox, signs in, and the
// settings page says where their data lives; afterwards both cells are inspected directly.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appDbQuery } from '../support/app-db';
import { launchBrowser } from '../support/browser';
import { registerVerifySignIn } from '../support/journeys';

const { url, dataDir } = inject('app');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function cellRows(database: string, email: string) {
  const user = await appDbQuery<{ id: string }>(dataDir, database, 'select id from auth_user where email = $1', [email]);
  const id = user[0]?.id ?? '00000000-0000-0000-0000-000000000000';
  const count = async (sql: string) => Number((await appDbQuery<{ n: string }>(dataDir, database, sql, [id]))[0]!.n);
  return {
    user: user.length,
    profile: await count('select count(*) as n from profiles where user_id = $1'),
    session: await count('select count(*) as n from auth_session where user_id = $1'),
  };
}

describe('registration across regions', () => {
  it('a German student in the de locale: verified, signed in, and told the data is stored in the EU', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await registerVerifySignIn(page, url, dataDir, { locale: 'de', country: 'DE', email: 'jonas@uni-heidelberg.de', name: 'Jonas Becker' });
    await expect.poll(() => page.getByTestId('region-badge').textContent()).toContain('EU');
    await page.goto(`${url}/de/app/settings`);
    const residency = await page.getByTestId('data-residency').textContent();
    expect(residency).toContain('Europäische Union (EU-West)');
    await context.close();
  });

  it('a Canadian student in fr-CA: data stored in the North American (US) region', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await registerVerifySignIn(page, url, dataDir, { locale: 'fr-CA', country: 'CA', email: 'camille@ulaval.ca', name: 'Camille Roy' });
    await page.goto(`${url}/fr-CA/app/settings`);
    const residency = await page.getByTestId('data-residency').textContent();
    expect(residency).toContain('Amérique du Nord (Est des États-Unis)');
    await context.close();
  });

  it('after both acted, their rows exist only in their own cell and the directory holds no email', async () => {
    expect(await cellRows('courseflow_eu_west', 'jonas@uni-heidelberg.de')).toMatchObject({ user: 1, profile: 1 });
    expect((await cellRows('courseflow_eu_west', 'jonas@uni-heidelberg.de')).session).toBeGreaterThan(0);
    expect(await cellRows('courseflow_us_east', 'jonas@uni-heidelberg.de')).toEqual({ user: 0, profile: 0, session: 0 });
    expect(await cellRows('courseflow_eu_west', 'camille@ulaval.ca')).toEqual({ user: 0, profile: 0, session: 0 });
    expect((await cellRows('courseflow_us_east', 'camille@ulaval.ca')).profile).toBe(1);

    const dump = JSON.stringify(await appDbQuery(dataDir, 'courseflow_directory', 'select * from account_directory'));
    for (const leak of ['jonas', 'camille', 'heidelberg', 'ulaval', '@']) expect(dump).not.toContain(leak);
  });
});
