// A dropped course folder in the browser: its weeks become the course's folders, the library
// filters by folder (also from the address), and a file moves to another folder in one click.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { fileRows, useBrowserWithScratch } from '../support/browser';
import { registerVerifySignIn } from '../support/journeys';

const { url, dataDir } = inject('app');
const held = useBrowserWithScratch('cf-e2e-folders-');

const bio = (topic: string) => `BIO101 Cell Biology. ${topic} The cell membrane is a phospholipid bilayer; mitochondria produce ATP and ribosomes build proteins.`;
const FILES: Record<string, string> = {
  'Week 1/a.txt': bio('Week 1: the cell theory.'),
  'Week 1/b.md': `# Notes\n\n${bio('Week 1: organelles.')}`,
  'Week 2/c.txt': bio('Week 2: mitosis and meiosis.'),
};

function writeCourseFolder(root: string): string {
  const folder = path.join(root, 'BIO101');
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(folder, rel)), { recursive: true });
    writeFileSync(path.join(folder, rel), text);
  }
  return folder;
}


const byFolder = async (page: Page) =>
  (await fileRows(page))
    .map((r) => `${r.original} @ ${r.folder}`)
    .sort();

describe('course folders from a dropped folder', () => {
  it('files the weeks, filters by folder and moves a file to another folder in one click', { timeout: 300_000 }, async () => {
    const context = await held.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await registerVerifySignIn(page, url, dataDir, { locale: 'en-US', country: 'US', email: 'kim.folders@uni.example', name: 'Kim Lee' });
    const created = await page.request.post(`${url}/api/courses`, { data: { name: 'Cell Biology', code: 'BIO101' } });
    expect(created.status(), await created.text()).toBe(201);
    const course = (await created.json()) as { id: string };

    await page.goto(`${url}/en-US/app/files`);
    await page.getByTestId('files-empty').waitFor();
    await page.getByTestId('upload-folder-input').setInputFiles(writeCourseFolder(held.scratch));
    await expect.poll(async () => (await fileRows(page)).filter((r) => r.status === 'ready' && r.folder).length, { timeout: 120_000, interval: 500 }).toBe(3);
    expect(await byFolder(page)).toEqual(['a.txt @ Week 1', 'b.md @ Week 1', 'c.txt @ Week 2']);

    // The folder filter appears with the course and lists its folders.
    await page.getByTestId('filter-course').selectOption(course.id);
    const folderSelect = page.getByTestId('filter-folder');
    await folderSelect.waitFor();
    expect(await folderSelect.locator('option').allInnerTexts()).toEqual(['All folders', 'Week 1', 'Week 2']);
    await folderSelect.selectOption({ label: 'Week 1' });
    await expect.poll(() => byFolder(page), { timeout: 15_000 }).toEqual(['a.txt @ Week 1', 'b.md @ Week 1']);

    // One click on the folder chip files b.md in Week 2; it leaves the Week 1 list.
    const b = (await fileRows(page)).find((r) => r.original === 'b.md')!;
    await page.locator(`[data-testid="file-row"][data-file-id="${b.id}"]`).getByRole('button', { name: /^Week 1: change the folder of/ }).click();
    const patched = page.waitForResponse((r) => r.url().includes(`/api/files/${b.id}`) && r.request().method() === 'PATCH');
    await page.getByRole('menuitemradio', { name: 'Week 2' }).click();
    expect((await patched).status()).toBe(200);
    await expect.poll(() => byFolder(page), { timeout: 15_000 }).toEqual(['a.txt @ Week 1']);

    // The address opens a folder directly, on the library and on the course page.
    const folders = (await (await page.request.get(`${url}/api/courses/${course.id}/folders`)).json()).data as { id: string; name: string }[];
    const week2 = folders.find((f) => f.name === 'Week 2')!;
    await page.goto(`${url}/en-US/app/files?course=${course.id}&folder=${week2.id}`);
    await expect.poll(() => byFolder(page), { timeout: 15_000 }).toEqual(['b.md @ Week 2', 'c.txt @ Week 2']);
    expect(await page.getByTestId('filter-folder').inputValue()).toBe(week2.id);
    // The folder filter and chips keep the library within WCAG AA.
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.goto(`${url}/en-US/app/courses/${course.id}?folder=${week2.id}`);
    await page.getByTestId('course-files').waitFor();
    await expect.poll(() => byFolder(page), { timeout: 15_000 }).toEqual(['b.md @ Week 2', 'c.txt @ Week 2']);
    expect(await page.getByTestId('folder-tree').innerText()).toMatch(/Week 1[\s\S]*Week 2/);
    await context.close();
  });
});
