import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * One browser for a test file, and a scratch folder for the files it drops or picks; both go when
 * the file's tests end. Read them inside tests (they exist once beforeAll ran).
 */
export function useBrowserWithScratch(scratchPrefix: string): { browser: Browser; scratch: string } {
  const held = {} as { browser: Browser; scratch: string };
  beforeAll(async () => {
    held.browser = await launchBrowser();
    held.scratch = mkdtempSync(path.join(os.tmpdir(), scratchPrefix));
  });
  afterAll(async () => {
    await held.browser?.close();
    if (held.scratch) rmSync(held.scratch, { recursive: true, force: true });
  });
  return held;
}

/** What the library's list shows for each file row: ids, live status, both names, course and folder chips. */
export type FileRowView = { id: string; status: string; name: string; original: string; course: string; folder: string };

export function fileRows(page: Page): Promise<FileRowView[]> {
  return page.locator('[data-testid="file-row"]').evaluateAll((els) =>
    els.map((el) => {
      const text = (testId: string) => el.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';
      const name = text('file-name');
      return {
        id: el.getAttribute('data-file-id') ?? '',
        status: el.getAttribute('data-status') ?? '',
        name,
        original: text('file-original-name') || name,
        course: text('course-chip-label'),
        folder: text('folder-chip-label'),
      };
    }),
  );
}

/**
 * Drags files and folders from disk onto target the way an OS drag does: Chromium builds the
 * DataTransfer itself from the paths (DevTools `Input.dispatchDragEvent`), so a folder arrives as
 * a real directory entry (`webkitGetAsEntry().isDirectory`), which a page script cannot fake.
 * With `holdBeforeDrop`, stops after dragEnter/dragOver and returns `drop()` for the rest.
 */
export async function dropPaths(page: Page, target: Locator, paths: string[], opts: { holdBeforeDrop?: boolean } = {}): Promise<{ drop: () => Promise<void> }> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('drop target is not visible');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: paths, dragOperationsMask: 1 /* copy */ };
  await cdp.send('Input.dispatchDragEvent', { type: 'dragEnter', x, y, data });
  await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', x, y, data });
  const drop = async () => {
    await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', x, y, data });
    await cdp.send('Input.dispatchDragEvent', { type: 'drop', x, y, data });
    await cdp.detach();
  };
  if (!opts.holdBeforeDrop) await drop();
  return { drop };
}

/** True once the viewer's first page canvas has dark ink on it, i.e. pdf.js really drew the page. */
export function firstPdfPageHasInk(page: Page): Promise<boolean> {
  return page
    .getByTestId('pdf-page')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      if (!canvas.width || !canvas.height) return false;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) return true;
      return false;
    });
}
