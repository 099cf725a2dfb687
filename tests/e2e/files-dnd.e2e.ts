// A real folder dragged from the desktop onto the files page. Chromium builds the drop itself from a
// directory on disk (DevTools `Input.dispatchDragEvent` with a file path enters the browser's drag
// handling where an OS drag does once the OS's drag data is read: access to the path is granted and
// an isolated file system registered), so the page receives DataTransferItems whose
// webkitGetAsEntry() are real FileSystemDirectoryEntry objects, and collect-files.ts has to walk
// them. Nothing here fakes an entry.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { appDbQuery } from '../support/app-db';
import { dropPaths, useBrowserWithScratch } from '../support/browser';
import { makeDocx, makePdf } from '../support/documents';
import { registerVerifySignIn } from '../support/journeys';

const { url, dataDir } = inject('app');
const held = useBrowserWithScratch('cf-e2e-dnd-');

const bio = 'BIO101 Cell Biology. The cell membrane is a phospholipid bilayer; mitochondria produce ATP and ribosomes build proteins.';
const hist = 'HIST210 Modern European History. The French Revolution began in 1789; the Congress of Vienna redrew Europe in 1815.';

/** Relative to the dropped folder's parent, as the browser reports them. */
const FILES: { path: string; make: () => Promise<Uint8Array> | Uint8Array }[] = [
  { path: 'Spring term/syllabus.txt', make: () => Buffer.from(`Syllabus\n${bio}\n${hist}`) },
  { path: 'Spring term/BIO101/Week 1/Lecture 1 - cells.pdf', make: () => makePdf([`Lecture 1. ${bio}`, bio]) },
  { path: 'Spring term/BIO101/Week 1/reading notes.md', make: () => Buffer.from(`# Reading notes\n\n${bio}\n`) },
  { path: 'Spring term/BIO101/Week 2/Labs/lab notes.txt', make: () => Buffer.from(`Lab notes\n${bio} Onion cells under the microscope.`) },
  { path: 'Spring term/HIST210/essay assignment.docx', make: () => makeDocx(['Essay assignment', hist]) },
];
/** What an OS leaves in folders: in the drop, never in the upload. */
const JUNK = ['Spring term/.DS_Store', 'Spring term/BIO101/Thumbs.db', 'Spring term/BIO101/.hidden/secret.txt'];

const folderOf = (p: string) => p.slice(0, p.lastIndexOf('/'));
const nameOf = (p: string) => p.slice(p.lastIndexOf('/') + 1);

describe('dragging a folder onto the files page', () => {
  it('walks the real directory entries, shows each path, uploads, goes ready live and keeps the folder hints', { timeout: 300_000 }, async () => {
    const root = path.join(held.scratch, 'Spring term');
    for (const f of FILES) {
      const target = path.join(held.scratch, f.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, await f.make());
    }
    for (const j of JUNK) {
      mkdirSync(path.dirname(path.join(held.scratch, j)), { recursive: true });
      writeFileSync(path.join(held.scratch, j), 'junk');
    }

    const page = await held.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));

    await registerVerifySignIn(page, url, dataDir, { locale: 'en-US', country: 'US', email: 'dana.dnd@uni.example', name: 'Dana Okafor' });
    const created = await page.request.post(`${url}/api/courses/batch`, {
      data: { courses: [{ name: 'Cell Biology', code: 'BIO101' }, { name: 'Modern European History', code: 'HIST210' }] },
    });
    expect(created.status(), await created.text()).toBe(201);

    await page.goto(`${url}/en-US/app/files`);
    await page.getByTestId('files-page').waitFor();
    await page.getByTestId('files-empty').waitFor();
    // A plan bought in another tab applies to this one when the student comes back to it.
    const hint = page.getByText(/up to \d+ MB each/);
    expect(await hint.innerText()).toContain('up to 50 MB each');
    await appDbQuery(dataDir, 'courseflow_us_east', `insert into subscriptions (user_id, tier, status) select id, 'student', 'active' from auth_user where email = $1`, ['dana.dnd@uni.example']);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    await expect.poll(() => hint.innerText(), { timeout: 10_000 }).toContain('up to 75 MB each');
    await page.evaluate(() => {
      const w = window as unknown as { __sameDocument: boolean; __drop: { items: number; kinds: string[] } | null };
      w.__sameDocument = true;
      w.__drop = null;
      // What the browser itself put in the drop (read in the capture phase, before the app's handler).
      document.addEventListener(
        'drop',
        (e) => {
          const items = Array.from(e.dataTransfer?.items ?? []);
          w.__drop = { items: items.length, kinds: items.map((i) => { const en = i.webkitGetAsEntry(); return en ? (en.isDirectory ? `dir:${en.fullPath}` : `file:${en.fullPath}`) : 'none'; }) };
        },
        true,
      );
    });

    // Drag in over the upload zone: the page shows it is ready to take the drop, then drop.
    const zone = page.getByTestId('upload-zone');
    const drag = await dropPaths(page, zone, [root], { holdBeforeDrop: true });
    await expect.poll(() => zone.getAttribute('class')).toContain('border-primary');
    await drag.drop();

    // The browser handed over one directory entry, not files: the folder was walked by the app.
    const dropped = await page.evaluate(() => (window as unknown as { __drop: { items: number; kinds: string[] } | null }).__drop);
    expect(dropped).toEqual({ items: 1, kinds: ['dir:/Spring term'] });

    const panel = page.getByTestId('upload-panel');
    await panel.waitFor();
    const items = panel.locator('[data-testid="upload-item"]');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(FILES.length);
    const shown = await items.evaluateAll((els) => els.map((el) => ({ path: el.getAttribute('data-path') ?? '', text: (el as HTMLElement).innerText })));
    expect(shown.map((s) => s.path).sort()).toEqual(FILES.map((f) => f.path).sort());
    for (const s of shown) {
      // Each row shows the file name and, under it, the folder it came from.
      expect(s.text).toContain(nameOf(s.path));
      expect(s.text).toContain(folderOf(s.path));
    }
    expect(shown.some((s) => /DS_Store|Thumbs|secret/.test(s.path))).toBe(false);

    await expect.poll(() => panel.locator('[data-testid="upload-item"][data-status="stored"]').count(), { timeout: 60_000 }).toBe(FILES.length);
    expect(await page.getByTestId('upload-summary').innerText()).toBe(`${FILES.length} files uploaded`);

    // Every file reaches "ready" in the list without a reload. (Five small files can be ready before
    // their rows first render, so the statuses in between are checked by files.e2e.ts's 20 files.)
    await expect.poll(() => page.locator('[data-testid="file-row"][data-status="ready"]').count(), { timeout: 180_000, interval: 500 }).toBe(FILES.length);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true)).toBe(true);

    // The folder hints are kept: the API returns them, and the file page shows them.
    const list = await page.request.get(`${url}/api/files?limit=50`);
    expect(list.status()).toBe(200);
    const { data } = (await list.json()) as { data: { id: string; original_name: string; folder_hint: string | null; status: string }[] };
    expect(data.map((f) => ({ name: f.original_name, hint: f.folder_hint, status: f.status })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      FILES.map((f) => ({ name: nameOf(f.path), hint: folderOf(f.path), status: 'ready' })).sort((a, b) => a.name.localeCompare(b.name)),
    );
    const nested = data.find((f) => f.original_name === 'lab notes.txt')!;
    await page.goto(`${url}/en-US/app/files/${nested.id}`);
    await page.getByTestId('file-title').waitFor();
    await page.getByText('Spring term/BIO101/Week 2/Labs', { exact: true }).waitFor();

    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
