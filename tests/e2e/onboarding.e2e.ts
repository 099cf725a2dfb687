// New students onboard in their own language and academic system: UK modules and terms, French
// labels with Canadian Fall/Winter terms, German Wintersemester and ECTS.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { registerVerifySignIn } from '../support/journeys';

const { url, dataDir } = inject('app');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function onboard(page: Page, opts: { locale: string; country: string; email: string; name: string; course: string }) {
  await registerVerifySignIn(page, url, dataDir, opts);
  await page.waitForURL(`${url}/${opts.locale}/app/onboarding`);
  await page.getByTestId('onboarding-step-1').waitFor();
  await page.locator('[name=university]').fill('University');
  await page.getByTestId('onboarding-next').click();
  await page.getByTestId('onboarding-step-2').waitFor();
  const step2 = await page.getByTestId('onboarding-step-2').innerText();
  const terms = await page.locator('select[name=term] option').allInnerTexts();
  await page.getByTestId('onboarding-next').click();
  await page.getByTestId('onboarding-step-3').waitFor();
  const step3 = await page.getByTestId('onboarding-step-3').innerText();
  await page.locator('[name="courses.0.name"]').fill(opts.course);
  await page.getByTestId('onboarding-next').click();
  await page.getByTestId('onboarding-step-4').waitFor();
  await page.getByTestId('onboarding-finish').click();
  await page.waitForURL(`${url}/${opts.locale}/app`);
  await page.getByTestId('dashboard').waitFor();
  return { step2, step3, terms };
}

describe('onboarding', () => {
  it('a UK student in en-GB sees modules and UK terms, and lands on the dashboard with the module', async () => {
    const page = await browser.newPage();
    const seen = await onboard(page, { locale: 'en-GB', country: 'GB', email: 'olivia@uni.ac.uk', name: 'Olivia Jones', course: 'Medieval History' });
    expect(seen.terms.join(' | ')).toMatch(/(Autumn|Spring|Summer) term \d{4}/);
    expect(seen.step3).toMatch(/module/i);
    await page.getByTestId('dashboard').getByText('Medieval History').first().waitFor();
    await page.goto(`${url}/en-GB/app/courses`);
    // Server-rendered with the student's reference data: the right word in the first paint.
    expect(await page.locator('h1').innerText()).toBe('Modules');
    expect(await page.locator('nav').first().innerText()).toContain('Modules');
    // Finished onboarding never shows again.
    await page.goto(`${url}/en-GB/app`);
    await page.getByTestId('dashboard').waitFor();
    expect(page.url()).toBe(`${url}/en-GB/app`);
    await page.close();
  });

  it('a Canadian student in fr-CA sees French labels and Fall/Winter terms in French', async () => {
    const page = await browser.newPage();
    const seen = await onboard(page, { locale: 'fr-CA', country: 'CA', email: 'elodie@ulaval.ca', name: 'Élodie Tremblay', course: 'Chimie organique' });
    expect(seen.terms.join(' | ')).toMatch(/Automne \d{4}/);
    expect(seen.terms.join(' | ')).toMatch(/Hiver \d{4}/);
    expect(seen.step2).toMatch(/GPA|moyenne/i);
    await page.close();
  });

  it('a German student in de sees Wintersemester and ECTS', async () => {
    const page = await browser.newPage();
    const seen = await onboard(page, { locale: 'de', country: 'DE', email: 'paul@uni-muenchen.de', name: 'Paul Wagner', course: 'Lineare Algebra' });
    expect(seen.terms.join(' | ')).toMatch(/Wintersemester \d{4}\/\d{2}/);
    expect(seen.step2 + seen.step3).toContain('ECTS');
    await page.close();
  });
});
