// A new student's first folder of course files, in the browser: a 20-file folder upload with
// per-file progress, statuses changing live without a reload, files sorted into the right courses
// and renamed, a one-click course correction that sticks, the PDF viewer, full-text search, and a
// file name made of HTML that stays text.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { firstPdfPageHasInk, fileRows, useBrowserWithScratch } from '../support/browser';
import { makeDocx, makePdf, makePptx } from '../support/documents';
import { registerVerifySignIn } from '../support/journeys';

const { url, dataDir } = inject('app');
const held = useBrowserWithScratch('cf-e2e-files-');

const COURSES = [
  { name: 'Cell Biology', code: 'BIO101', emoji: '🧬' },
  { name: 'Modern European History', code: 'HIST210', emoji: '🏛️' },
  { name: 'Organic Chemistry', code: 'CHEM150', emoji: '⚗️' },
];

/** A word that appears in one file's text only, never in a name. */
const NEEDLE = 'zwitterionic';

type Doc = { path: string; course: string; make: () => Promise<Uint8Array> | Uint8Array };

const text = (s: string) => () => new Uint8Array(Buffer.from(s, 'utf8'));
const bio = (topic: string) =>
  `BIO101 Cell Biology. ${topic} The cell membrane is a phospholipid bilayer that controls what enters the cell. ` +
  'Mitochondria produce ATP through cellular respiration, and ribosomes translate messenger RNA into proteins. ' +
  'Chloroplasts in plant cells carry out photosynthesis. DNA replication happens before mitosis, and the nucleus holds the chromosomes.';
const hist = (topic: string) =>
  `HIST210 Modern European History. ${topic} The French Revolution began in 1789 with the storming of the Bastille. ` +
  'Napoleon Bonaparte rose to power and reshaped Europe; the Congress of Vienna redrew its borders in 1815. ' +
  'The Industrial Revolution transformed Britain, and nationalism drove the unification of Germany and Italy.';
const chem = (topic: string) =>
  `CHEM150 Organic Chemistry. ${topic} Alkanes, alkenes and alkynes are hydrocarbons; functional groups such as alcohols, ` +
  'aldehydes, ketones and carboxylic acids decide how a molecule reacts. Nucleophilic substitution (SN1 and SN2) and ' +
  'elimination reactions depend on the substrate, the solvent and the leaving group. Chirality and stereoisomers matter.';

const DOCS: Doc[] = [
  { path: 'BIO101/Week 1/Lecture 1 - cells.pdf', course: 'BIO101', make: () => makePdf([`Lecture 1: ${bio('Introduction to cells.')}`, bio('Organelles in detail.')]) },
  { path: 'BIO101/Week 1/reading notes.md', course: 'BIO101', make: text(`# Reading notes\n\n${bio('Notes on the cell theory.')}\n\n- membrane\n- nucleus\n`) },
  { path: 'BIO101/Week 2/mitosis slides.pptx', course: 'BIO101', make: () => makePptx([['Mitosis', bio('Prophase, metaphase, anaphase, telophase.')], ['Cytokinesis', bio('The cell divides in two.')]]) },
  { path: 'BIO101/Week 2/Assignment 1.docx', course: 'BIO101', make: () => makeDocx(['Assignment 1 — due next week', bio('Answer the questions about membranes.'), 'Submit your answers as a PDF.']) },
  { path: 'BIO101/Week 3/lab notes.txt', course: 'BIO101', make: text(`Lab notes\n${bio('Microscope observation of onion cells.')}`) },
  { path: 'BIO101/exam review.pdf', course: 'BIO101', make: () => makePdf([`Final exam review. ${bio('Everything about cells for the exam.')}`]) },
  { path: 'BIO101/glossary.txt', course: 'BIO101', make: text(`Glossary\n${bio('Key terms: osmosis, diffusion, enzyme.')}`) },
  { path: 'HIST210/lecture french revolution.pdf', course: 'HIST210', make: () => makePdf([`Lecture: ${hist('The causes of the revolution.')}`, hist('The Terror and its end.')]) },
  { path: 'HIST210/essay assignment.docx', course: 'HIST210', make: () => makeDocx(['Essay assignment', hist('Write 2000 words on the legacy of Napoleon.')]) },
  { path: 'HIST210/notes week 4.md', course: 'HIST210', make: text(`# Week 4 notes\n\n${hist('The Restoration and the revolutions of 1848.')}\n`) },
  { path: 'HIST210/industrial revolution slides.pptx', course: 'HIST210', make: () => makePptx([['Industrial Revolution', hist('Steam engines and factories.')], ['Consequences', hist('Urbanisation and the working class.')]]) },
  { path: 'HIST210/reading list.txt', course: 'HIST210', make: text(`Reading list\n${hist('Books about nineteenth-century Europe.')}`) },
  { path: 'HIST210/Midterm review/exam questions.docx', course: 'HIST210', make: () => makeDocx(['Midterm exam questions', hist('Explain the Congress of Vienna.')]) },
  { path: 'CHEM150/Lecture 2 alkanes.pdf', course: 'CHEM150', make: () => makePdf([`Lecture 2: ${chem('Naming alkanes.')}`, chem('Conformations of butane.')]) },
  { path: 'CHEM150/lab report assignment.docx', course: 'CHEM150', make: () => makeDocx(['Lab report assignment', chem('Report on the synthesis of aspirin.')]) },
  { path: 'CHEM150/reaction notes.md', course: 'CHEM150', make: text(`# Reaction notes\n\n${chem('Substitution versus elimination.')}\n`) },
  { path: 'CHEM150/functional groups slides.pptx', course: 'CHEM150', make: () => makePptx([['Functional groups', chem('Alcohols and ethers.')], ['Carbonyls', chem('Aldehydes and ketones.')]]) },
  { path: 'CHEM150/problem set 3.txt', course: 'CHEM150', make: text(`Problem set 3\n${chem(`Amino acids exist as ${NEEDLE} species at neutral pH.`)}`) },
  { path: 'inbox/scan notes.txt', course: 'CHEM150', make: text(`Scanned notes for CHEM150 Organic Chemistry.\n${chem('More on stereochemistry for CHEM150.')}`) },
  { path: 'inbox/untitled.md', course: 'BIO101', make: text(`# Untitled\n\nNotes for BIO101 Cell Biology.\n\n${bio('Enzymes and metabolism in BIO101.')}\n`) },
];

const baseName = (p: string) => p.split('/').pop()!;
const expectedCourse = new Map(DOCS.map((d) => [baseName(d.path), d.course]));

async function writeFolder(root: string): Promise<string> {
  const folder = path.join(root, 'Fall semester');
  for (const doc of DOCS) {
    const target = path.join(folder, doc.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, await doc.make());
  }
  return folder;
}


describe('files', () => {
  it('uploads a folder, shows live status, sorts and renames, corrects, views, searches, and keeps HTML names as text', { timeout: 420_000 }, async () => {
    const folder = await writeFolder(held.scratch);
    const page = await held.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
    });

    await registerVerifySignIn(page, url, dataDir, { locale: 'en-US', country: 'US', email: 'sam.files@uni.example', name: 'Sam Rivera' });
    const created = await page.request.post(`${url}/api/courses/batch`, { data: { courses: COURSES } });
    expect(created.status(), await created.text()).toBe(201);

    await page.goto(`${url}/en-US/app/files`);
    await page.getByTestId('files-page').waitFor();
    await page.getByTestId('files-empty').waitFor();

    // Record every status the rows and upload items pass through, and prove the page never reloads.
    await page.evaluate(() => {
      const w = window as unknown as { __seen: { upload: Set<string>; file: Set<string> }; __sameDocument: boolean };
      w.__sameDocument = true;
      w.__seen = { upload: new Set(), file: new Set() };
      const record = () => {
        for (const el of document.querySelectorAll('[data-testid="upload-item"]')) w.__seen.upload.add(el.getAttribute('data-status') ?? '');
        for (const el of document.querySelectorAll('[data-testid="file-row"]')) w.__seen.file.add(el.getAttribute('data-status') ?? '');
      };
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
    });

    // Choose folder: a directory upload keeps the relative paths.
    await page.getByTestId('upload-folder-input').setInputFiles(folder);
    const panel = page.getByTestId('upload-panel');
    await panel.waitFor();
    await expect.poll(() => panel.locator('[data-testid="upload-item"]').count(), { timeout: 10_000 }).toBe(20);
    expect(await panel.locator('[data-testid="upload-item"]').first().getAttribute('data-path')).toMatch(/^Fall semester\//);
    await expect.poll(() => panel.locator('[data-testid="upload-item"][data-status="stored"]').count(), { timeout: 60_000 }).toBe(20);
    expect(await page.getByTestId('upload-summary').innerText()).toBe('20 files uploaded');

    // Statuses change live in the list: all 20 end up ready without a reload.
    // A status event paints the chip at once; the new name and course follow with the list refresh.
    await expect
      .poll(async () => (await fileRows(page)).filter((r) => r.status === 'ready' && r.name !== r.original).length, { timeout: 180_000, interval: 500 })
      .toBe(20);
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __seen: { upload: Set<string>; file: Set<string> }; __sameDocument?: boolean };
      return { upload: [...w.__seen.upload], file: [...w.__seen.file], same: w.__sameDocument === true };
    });
    expect(seen.same).toBe(true);
    expect(seen.upload).toContain('uploading');
    expect(seen.file.some((s) => ['queued', 'extracting', 'analysing'].includes(s)), `statuses seen: ${seen.file.join(', ')}`).toBe(true);

    // Sorted into the right courses and renamed to smart names.
    const ready = await fileRows(page);
    expect(ready).toHaveLength(20);
    const wrong = ready.filter((r) => r.course !== expectedCourse.get(r.original) || !r.name.startsWith(`${expectedCourse.get(r.original)} - `));
    expect(wrong.map((r) => `${r.original} → ${r.course} / ${r.name}`)).toEqual([]);

    // One-click correction: the course chip's menu, picked once, stays after a reload.
    const moved = ready.find((r) => r.original === 'untitled.md')!;
    const movedRow = page.locator(`[data-testid="file-row"][data-file-id="${moved.id}"]`);
    await movedRow.getByRole('button', { name: /^BIO101: change the course of/ }).click();
    const patched = page.waitForResponse((r) => r.url().includes(`/api/files/${moved.id}`) && r.request().method() === 'PATCH');
    await page.getByRole('menuitemradio', { name: /HIST210/ }).click();
    expect(await movedRow.getByTestId('course-chip-label').innerText()).toBe('HIST210');
    expect((await patched).status()).toBe(200);
    await page.reload();
    await expect.poll(() => page.locator(`[data-testid="file-row"][data-file-id="${moved.id}"]`).getByTestId('course-chip-label').innerText(), { timeout: 15_000 }).toBe('HIST210');

    // The PDF viewer: pages drawn on canvases, page count shown.
    const pdf = ready.find((r) => r.original === 'Lecture 1 - cells.pdf')!;
    await page.locator(`[data-testid="file-row"][data-file-id="${pdf.id}"]`).getByTestId('file-name').click();
    await page.waitForURL(`${url}/en-US/app/files/${pdf.id}`);
    await page.getByTestId('pdf-viewer').waitFor();
    await expect.poll(() => page.getByTestId('pdf-page-count').innerText(), { timeout: 30_000 }).toBe('Page 1 of 2');
    expect(await page.getByTestId('meta-pages').innerText()).toBe('2');
    await expect.poll(() => firstPdfPageHasInk(page), { timeout: 30_000 }).toBe(true);

    // Search: opening a hit shows where its word is. "Organelles" is only on the lecture's page 2.
    await page.getByTestId('search-launcher').click();
    const search = page.getByTestId('search-dialog');
    // Enter pressed before the results arrive opens the top one when they do.
    await search.getByTestId('search-input').fill('organelles');
    await search.getByTestId('search-input').press('Enter');
    await page.waitForURL(`${url}/en-US/app/files/${pdf.id}?find=Organelles`);
    await expect.poll(() => page.getByTestId('pdf-found-on').innerText(), { timeout: 30_000 }).toBe('“Organelles” first appears on page 2');
    await expect.poll(() => page.getByTestId('pdf-page-count').innerText(), { timeout: 10_000 }).toBe('Page 2 of 2');
    // Marked (a CSS custom highlight) in pdf.js' text layer over the drawn page, whose words can be selected.
    const marked = () => page.evaluate(() => [...(CSS.highlights.get('cf-find') ?? [])].map((range) => range.toString()));
    await expect.poll(marked, { timeout: 15_000 }).toEqual(['Organelles']);
    expect(await page.getByTestId('pdf-text-layer').nth(1).innerText()).toContain('Organelles in detail.');
    // Zoomed in, the page is drawn again and its text laid out at the new size, the word still marked on it.
    const markedWidth = () => page.evaluate(() => [...(CSS.highlights.get('cf-find') ?? [])].map((range) => (range instanceof Range ? Math.round(range.getBoundingClientRect().width) : 0)));
    const [widthBefore] = await markedWidth();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Fit to width' }).innerText()).toBe('125%');
    await expect.poll(async () => (await markedWidth())[0] ?? 0, { timeout: 15_000 }).toBeGreaterThan(widthBefore! * 1.2);
    expect(await marked()).toEqual(['Organelles']);

    // Search: a word only the problem set's text contains, highlighted in the snippet.
    const needleFile = ready.find((r) => r.original === 'problem set 3.txt')!;
    await page.getByTestId('search-launcher').click();
    await search.getByTestId('search-input').fill(NEEDLE);
    const results = search.getByTestId('search-results');
    const hit = results.getByRole('option').first();
    // The last query's results stay until this one's arrive.
    await expect.poll(async () => (await hit.locator('mark').first().innerText()).toLowerCase(), { timeout: 15_000 }).toBe(NEEDLE);
    expect(await results.getByRole('option').count()).toBe(1);
    await search.getByTestId('search-input').press('Enter');
    await page.waitForURL(`${url}/en-US/app/files/${needleFile.id}?find=${NEEDLE}`);
    await page.getByTestId('file-title').waitFor();
    // The text view marks the word where it first appears.
    await expect.poll(marked, { timeout: 15_000 }).toEqual([NEEDLE]);

    // More results than a page: 14 flash-card files join the 8 whose text has "photosynthesis";
    // the dialog shows 20 and says more are there, and shows the rest on request.
    const cards = new FormData();
    for (let i = 1; i <= 14; i++) cards.append('files', new File([`BIO101 flash card ${i}: photosynthesis turns light into sugar, card ${i}.`], `card ${i}.txt`, { type: 'text/plain' }));
    const uploaded = await page.request.post(`${url}/api/files/upload`, { multipart: cards });
    expect(uploaded.status(), await uploaded.text()).toBe(201);
    await expect
      .poll(async () => ((await (await page.request.get(`${url}/api/files?status=ready&limit=100`)).json()) as { data: unknown[] }).data.length, { timeout: 120_000, interval: 500 })
      .toBe(34);
    await page.getByTestId('search-launcher').click();
    await search.getByTestId('search-input').fill('photosynthesis');
    const more = search.getByTestId('search-more');
    await more.waitFor({ timeout: 15_000 });
    expect(await results.getByRole('option').count()).toBe(20);
    expect(await search.getByRole('status').textContent()).toBe('20 results shown, more available');
    await more.click();
    await expect.poll(() => results.getByRole('option').count(), { timeout: 15_000 }).toBe(22);
    expect(await more.count()).toBe(0);
    expect(await search.getByRole('status').textContent()).toBe('22 results');
    // Narrowed to plain text files: the 14 cards, the lab notes and the glossary.
    const narrowed = page.waitForResponse((r) => r.url().includes('/api/search?') && r.url().includes('type=text'));
    await search.getByLabel('Type').selectOption('text');
    const kinds = ((await (await narrowed).json()) as { data: { file: { kind: string } }[] }).data.map((h) => h.file.kind);
    expect(new Set(kinds)).toEqual(new Set(['text']));
    await expect.poll(() => search.getByRole('status').textContent(), { timeout: 15_000 }).toBe('16 results');
    // Nothing of that type: the dialog says the filters are why.
    await search.getByLabel('Type').selectOption('image');
    await search.getByText('No files match “photosynthesis” with these filters.').waitFor({ timeout: 15_000 });
    await search.getByTestId('search-input').press('Escape');

    // A name made of HTML is shown as the characters typed, never as markup.
    const html = '<img src=x onerror=alert(1)>';
    await page.getByTestId('rename').click();
    await page.getByTestId('rename-form').locator('[name=display_name]').fill(html);
    await page.getByTestId('rename-form').locator('button[type=submit]').click();
    await expect.poll(() => page.getByTestId('file-title').innerText()).toBe(html);
    expect(await page.getByTestId('file-title').locator('img').count()).toBe(0);
    await page.goto(`${url}/en-US/app/files`);
    const htmlRow = page.locator(`[data-testid="file-row"][data-file-id="${needleFile.id}"]`);
    await htmlRow.waitFor();
    expect(await htmlRow.getByTestId('file-name').innerText()).toBe(html);
    expect(await htmlRow.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(cspErrors).toEqual([]);
    await page.close();
  });
});
