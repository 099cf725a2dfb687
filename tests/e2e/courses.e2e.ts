// Managing courses in the browser: create through the dialog, see it in the current term, delete
// it after the warning that says what goes with it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';

const { url, dataDir } = inject('app');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('courses page', () => {
  it('creates a course, shows it in the current term, and deletes it after the impact warning', async () => {
    const demo = JSON.parse(readFileSync(path.join(dataDir, 'demo-users.json'), 'utf8')) as Record<string, string>;
    const page = await browser.newPage();
    await page.goto(`${url}/en-US/sign-in`);
    const form = page.getByTestId('sign-in-form');
    await form.locator('[name=email]').fill('jordan.demo@courseflow.local');
    await form.locator('[name=password]').fill(demo['jordan.demo@courseflow.local']!);
    await form.locator('button[type=submit]').click();
    await page.waitForURL(`${url}/en-US/app`);

    await page.goto(`${url}/en-US/app/courses`);
    await page.getByTestId('courses-page').getByText('Calculus II').first().waitFor();
    await page.getByRole('button', { name: 'New course' }).click();
    const dialog = page.getByTestId('course-form');
    await dialog.locator('[name=name]').fill('Linear Algebra');
    await dialog.locator('[name=code]').fill('MATH240');
    await dialog.locator('[name=credit_value]').fill('3');
    await dialog.locator('button[type=submit]').click();
    const card = page.locator('[data-testid^="course-card-"]', { hasText: 'Linear Algebra' });
    await card.waitFor();
    expect(await card.innerText()).toContain('MATH240');

    await card.getByRole('button', { name: /Actions for/ }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByTestId('delete-course-confirm').click();
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(0);
    await page.close();
  });
});
