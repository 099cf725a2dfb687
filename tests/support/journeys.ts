// Browser journeys several tests share.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const PASSWORD = 'Lantern-Orbit-42-Meadow';

export async function mailLink(dataDir: string, to: string): Promise<string> {
  const dir = path.join(dataDir, 'outbox');
  for (let i = 0; i < 100; i++) {
    const names = (() => {
      try {
        return readdirSync(dir).sort();
      } catch {
        return [];
      }
    })();
    for (const n of names.reverse()) {
      const mail = JSON.parse(readFileSync(path.join(dir, n), 'utf8')) as { to: string; text: string };
      if (mail.to === to) return mail.text.match(/https?:\/\/\S+/)![0];
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to}`);
}

/** Registers in the browser, confirms the email from the outbox and signs in; ends wherever sign-in leads. */
export async function registerVerifySignIn(page: Page, url: string, dataDir: string, opts: { locale: string; country: string; email: string; name: string }) {
  await page.goto(`${url}/${opts.locale}/register`);
  const form = page.getByTestId('register-form');
  await form.locator('[name=name]').fill(opts.name);
  await form.locator('[name=email]').fill(opts.email);
  await form.locator('[name=password]').fill(PASSWORD);
  await form.locator('select[name=country]').selectOption(opts.country);
  await form.locator('button[type=submit]').click();
  await page.getByTestId('register-success').waitFor();

  await page.goto(await mailLink(dataDir, opts.email));
  await page.getByTestId('verify-success').waitFor();
  expect(page.url()).toContain(`/${opts.locale}/verify-email`);

  await page.goto(`${url}/${opts.locale}/sign-in`);
  const signIn = page.getByTestId('sign-in-form');
  await signIn.locator('[name=email]').fill(opts.email);
  await signIn.locator('[name=password]').fill(PASSWORD);
  await signIn.locator('button[type=submit]').click();
  await page.waitForURL(new RegExp(`${url}/${opts.locale}/app`));
}

