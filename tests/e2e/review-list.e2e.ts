// The review list in the browser (issue 15): a student's files that fit no course, or that the
// organiser filed with doubt, are there, each saying why in words; files filed with confidence are
// not. An unsorted file goes to an offered course in one click and leaves the list, and the
// reasons read in the student's language.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import deFiles from '@/i18n/messages/de/files.json';
import enFiles from '@/i18n/messages/en-US/files.json';
import type { Locale } from '@/i18n/locales';
import { fileRows, useBrowserWithScratch } from '../support/browser';
import { registerVerifySignIn } from '../support/journeys';

const { url, dataDir } = inject('app');
const held = useBrowserWithScratch('cf-e2e-review-');

const COURSES = [
  { name: 'Cell Biology', code: 'BIO101', professor: 'Amara Okafor' },
  { name: 'Organic Chemistry', code: 'CHEM150', professor: 'Lena Weiss' },
  { name: 'Modern European History', code: 'HIST210', professor: 'Daniel Marchetti' },
];

/** Files the organiser can place without doubt: code and subject in the name and the text. */
const CONFIDENT: Record<string, string> = {
  'BIO101 lecture 3 - membranes.txt':
    'Lecture 3: membranes. BIO101 Cell Biology. The cell membrane is a phospholipid bilayer that controls what enters the cell. ' +
    'Mitochondria produce ATP through cellular respiration, and ribosomes translate messenger RNA into proteins.',
  'CHEM150 lecture 5 - alkenes.txt':
    'Lecture 5: alkenes. CHEM150 Organic Chemistry. Alkanes, alkenes and alkynes are hydrocarbons; functional groups such as ' +
    'alcohols, aldehydes and ketones decide how a molecule reacts. Nucleophilic substitution and elimination depend on the solvent.',
  'HIST210 lecture 2 - 1848.txt':
    'Lecture 2: the revolutions of 1848. HIST210 Modern European History. The French Revolution began in 1789; Napoleon ' +
    'reshaped Europe and the Congress of Vienna redrew its borders in 1815.',
};
/** Two course codes, once each, and nothing else about either subject: filed, but with doubt. */
const TIED = 'room change.txt';
/** Belongs to no course; its one hint (a professor's name) makes that course a guess. */
const STRAY = 'scan_0412.txt';
/** Belongs to no course and hints at none. */
const OUTSIDER = 'Document1.txt';
const TEXTS: Record<string, string> = {
  ...CONFIDENT,
  [TIED]: 'Room change: BIO101 and CHEM150 both meet in room 204 on Thursday at ten, starting next week.',
  [STRAY]: 'Timetable of the city swimming pool. Lanes open at seven; the sauna closes at nine. Lessons with Lena Weiss on Tuesdays. Towels can be rented at the desk.',
  [OUTSIDER]: 'Dear tenant, the rent of 640 euros is due on the first day of each month. Best regards, your landlord',
};

type Candidate = { course_id: string; confidence: number };
type ApiFile = {
  id: string;
  original_name: string;
  status: string;
  course_id: string | null;
  course_source: string;
  needs_review: boolean;
  review_reasons: string[];
  course_candidates: Candidate[];
};

/** The files resource as the signed-in page sees it. */
async function apiFiles(page: Page, query = ''): Promise<ApiFile[]> {
  const res = await page.request.get(`${url}/api/files?limit=100${query}`);
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { data: ApiFile[] }).data;
}

/** What the review note should say for each reason, from the locale's catalog (a US student: "course"). */
function reasonWords(messages: typeof enFiles, locale: Locale) {
  const t = createTranslator({ locale, messages: { files: messages }, namespace: 'files' });
  const words: Record<string, string> = {
    no_course: t('words.course.reviewNone'),
    courses_tied: t('words.course.reviewTied'),
    low_course_confidence: t('words.course.reviewUnsure'),
    low_category_confidence: t('reviewNote.category'),
  };
  const offer = (course: string, confidence: number) =>
    t('words.course.offer', { course, percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(confidence) });
  return { words, offer, listLabel: t('views.review') };
}

/**
 * The review list shows exactly these files, each with the reasons the API gives, in words, and
 * the API's candidates (but the file's own course) as one-click offers, best first.
 */
async function expectReviewList(page: Page, files: ApiFile[], courseNames: Map<string, string>, say: ReturnType<typeof reasonWords>) {
  const list = page.getByRole('list', { name: say.listLabel });
  await expect.poll(async () => (await fileRows(page)).map((r) => r.id).sort(), { timeout: 15_000 }).toEqual(files.map((f) => f.id).sort());
  for (const f of files) {
    const note = list.locator(`[data-file-id="${f.id}"]`).getByTestId('review-note');
    expect(await note.locator('[data-reason]').allInnerTexts(), f.original_name).toEqual(f.review_reasons.map((r) => say.words[r]));
    const offers = f.course_candidates.filter((c) => c.course_id !== f.course_id).map((c) => say.offer(courseNames.get(c.course_id)!, c.confidence));
    expect(await note.getByRole('button').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label'))), f.original_name).toEqual(offers);
  }
}

describe('review list', () => {
  it('shows why each doubtful file is there, files an unsorted one in one click, and speaks German', { timeout: 300_000 }, async () => {
    const context = await held.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await registerVerifySignIn(page, url, dataDir, { locale: 'en-US', country: 'US', email: 'robin.review@uni.example', name: 'Robin Park' });
    const created = await page.request.post(`${url}/api/courses/batch`, { data: { courses: COURSES } });
    expect(created.status(), await created.text()).toBe(201);
    const courses = ((await created.json()) as { data: { id: string; name: string; code: string }[] }).data;
    const courseByCode = new Map(courses.map((c) => [c.code, c]));

    // The files arrive through the page's file picker.
    const paths = Object.entries(TEXTS).map(([name, text]) => {
      const p = path.join(held.scratch, name);
      writeFileSync(p, text);
      return p;
    });
    await page.goto(`${url}/en-US/app/files`);
    await page.getByTestId('files-empty').waitFor();
    await page.getByTestId('upload-files-input').setInputFiles(paths);
    await expect.poll(async () => (await apiFiles(page, '&status=ready')).length, { timeout: 120_000, interval: 500 }).toBe(paths.length);

    // What the organiser decided, from the API, before the page is asked to show it.
    const all = await apiFiles(page);
    const byName = new Map(all.map((f) => [f.original_name, f]));
    for (const [name] of Object.entries(CONFIDENT)) {
      const f = byName.get(name)!;
      expect(f, name).toMatchObject({ course_id: courseByCode.get(name.split(' ')[0]!)!.id, needs_review: false, review_reasons: [] });
    }
    // The stray file and the outsider stay unsorted; the stray one has a guess to offer, and no other doubt.
    const stray = byName.get(STRAY)!;
    expect(stray).toMatchObject({ course_id: null, needs_review: true, review_reasons: ['no_course'] });
    expect(stray.course_candidates.length).toBeGreaterThan(0);
    const outsider = byName.get(OUTSIDER)!;
    expect(outsider).toMatchObject({ course_id: null, needs_review: true });
    expect(outsider.review_reasons).toContain('no_course');
    // Filed, with doubt about the course.
    const tied = byName.get(TIED)!;
    expect(tied.course_id).not.toBeNull();
    expect(tied.needs_review).toBe(true);
    expect(tied.review_reasons.some((r) => r === 'courses_tied' || r === 'low_course_confidence'), tied.review_reasons.join()).toBe(true);
    const review = await apiFiles(page, '&review=true');
    expect(review.map((f) => f.original_name).sort()).toEqual([OUTSIDER, STRAY, TIED].sort());

    // The review list: exactly those files, each with its reasons in words from the catalog.
    const courseNames = new Map(courses.map((c) => [c.id, c.name]));
    const en = reasonWords(enFiles, 'en-US');
    await page.getByRole('group', { name: enFiles.views.label }).getByRole('button', { name: en.listLabel }).click();
    await expectReviewList(page, review, courseNames, en);
    const list = page.getByRole('list', { name: en.listLabel });
    expect(await list.getByText(en.words.no_course!, { exact: true }).count()).toBe(2);

    // One click on the stray file's best guess files it there; it leaves the list.
    const [guess] = stray.course_candidates;
    const patched = page.waitForResponse((r) => r.url().endsWith(`/api/files/${stray.id}`) && r.request().method() === 'PATCH', { timeout: 15_000 });
    await list.locator(`[data-file-id="${stray.id}"]`).getByRole('button', { name: en.offer(courseNames.get(guess!.course_id)!, guess!.confidence) }).click();
    expect((await patched).status()).toBe(200);
    await expect.poll(async () => (await fileRows(page)).map((r) => r.id).sort(), { timeout: 15_000 }).toEqual([outsider.id, tied.id].sort());
    const moved = (await apiFiles(page)).find((f) => f.id === stray.id);
    expect(moved).toMatchObject({ course_id: guess!.course_id, course_source: 'user', needs_review: false, review_reasons: [] });

    // The same list in German says the same things in German.
    const de = reasonWords(deFiles, 'de');
    await page.goto(`${url}/de/app/files?view=review`);
    await page.getByRole('list', { name: de.listLabel }).waitFor({ timeout: 15_000 });
    const remaining = await apiFiles(page, '&review=true');
    expect(remaining.map((f) => f.id).sort()).toEqual([outsider.id, tied.id].sort());
    await expectReviewList(page, remaining, courseNames, de);
    expect(await page.getByRole('list', { name: de.listLabel }).getByText(de.words.no_course!, { exact: true }).count()).toBe(1);
    await context.close();
  });
});
