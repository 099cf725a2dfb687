// WCAG 2.2 AA checks (axe-core) on the public pages and the signed-in shell, in light and dark mode.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';

const { url, dataDir } = inject('app');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`public pages have no WCAG AA violations (${scheme})`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      for (const p of ['/en-US', '/de/register', '/fr/sign-in', '/es/forgot-password']) {
        await page.goto(`${url}${p}`);
        expect(await violations(page), `${p} (${scheme})`).toEqual([]);
      }
      await context.close();
    });
  }

  it('the signed-in shell and settings have no WCAG AA violations and work at 360 px', async () => {
    const demo = JSON.parse(readFileSync(path.join(dataDir, 'demo-users.json'), 'utf8')) as Record<string, string>;
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto(`${url}/en-GB/sign-in`);
    const form = page.getByTestId('sign-in-form');
    await form.locator('[name=email]').fill('lena.demo@courseflow.local');
    await form.locator('[name=password]').fill(demo['lena.demo@courseflow.local']!);
    await form.locator('button[type=submit]').click();
    await page.waitForURL(`${url}/en-GB/app`);
    expect(await violations(page), '/app').toEqual([]);
    await page.goto(`${url}/en-GB/app/settings`);
    expect(await violations(page), '/app/settings').toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
