// The real-document evaluation set (issue 15) through the whole pipeline, as a new student meets
// it: eight courses created with a name, a code and a professor and no files, then ~100 Debian
// documentation files with cryptic names dropped in one mixed batch, extracted and analysed by the
// local provider. Scores each field against the hand labels and prints the confusion matrices.
// The issue's targets are not all met yet: each bar below is either the target or today's
// measured floor, so a regression fails and the floors rise as the organiser improves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categories, languages } from '@/ai/provider';
import { env } from '@/platform/env';
import { startWorker, type WorkerHandle } from '@/worker/start-worker';
import { call, verifiedUser } from '../support/api';
import { printBands } from '../support/confidence-bands';
import { printConfusion } from '../support/confusion';
import { interleaved, loadEvalSet, type EvalDocument, type LoadedEvalSet } from '../support/eval-set';
import { upload, waitForFiles } from '../support/files';
import { scoreOrganiser, type OrganisedFile } from '../support/organiser-score';
import { shuffled } from '../support/shuffle';

let worker: WorkerHandle;
let set: LoadedEvalSet;
beforeAll(async () => {
  // Built (minutes, network) or reused (seconds) before the clock of the test starts.
  set = await loadEvalSet();
  worker = await startWorker();
}, 900_000);
afterAll(async () => {
  await worker?.stop();
});

// Issue 15's targets, all met (2026-12-07: course 90.0 %, language 99.0 %, category 76.0 %, 72.9 %
// of files filed without review and 95.7 % of those right, no outsider filed without review,
// "high" right 18 times in 18). The first guess has no target: the bar is today's measurement.
const COURSE_TARGET = 0.9;
const LANGUAGE_TARGET = 0.97;
const CATEGORY_TARGET = 0.75;
const UNREVIEWED_SHARE_TARGET = 0.6;
const UNREVIEWED_RIGHT_TARGET = 0.95;
const HIGH_RIGHT_TARGET = 0.95;
const FIRST_GUESS_FLOOR = 0.9;

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/**
 * A new student with the set's courses, created empty, who drops the files in this order, 12 to
 * an upload; answers their files once all are ready, and the wall time from the first upload.
 */
async function sortAsNewStudent(email: string, order: readonly EvalDocument[]) {
  const u = await verifiedUser({ email, country: 'US', locale: 'en-US' });
  const keyById = new Map<string, string>();
  for (const c of set.manifest.courses) {
    const created = await call('POST', '/api/courses', { token: u.token, body: { name: c.name, code: c.code, professor: c.professor } });
    expect(created.status).toBe(201);
    keyById.set(created.json.id, c.key);
  }
  const started = Date.now();
  const ids: string[] = [];
  for (let i = 0; i < order.length; i += 12) {
    const r = await upload(
      u.token,
      order.slice(i, i + 12).map((d) => ({ name: d.file, bytes: d.content })),
    );
    expect(r.status, JSON.stringify(r.json)).toBe(201);
    ids.push(...r.json.data.map((d: { file: { id: string } }) => d.file.id));
  }
  const files = await waitForFiles(u.token, ids, 600_000);
  return { keyById, ids, files, wallMs: Date.now() - started };
}

/** Where a file went, by course key: what must not depend on the order of the batch. */
function outcomeOf(file: OrganisedFile, keyById: ReadonlyMap<string, string>) {
  const key = (id: string | null | undefined) => (id ? keyById.get(id)! : null);
  return { course: key(file.course_id), candidates: file.course_candidates.map((c) => key(c.course_id)), needs_review: file.needs_review };
}

/** The first run's outcome per file (by content hash), for the run in another order. */
let firstRun: Map<string, ReturnType<typeof outcomeOf>> | undefined;

describe('the real-document evaluation set through upload, extraction and the local provider', () => {
  it('sorts real course material as well as issue 15 asks', { timeout: 900_000 }, async () => {
    expect(env.OPENAI_API_KEY, 'this test scores the local provider: unset OPENAI_API_KEY').toBeUndefined();
    const { manifest, documents } = set;
    console.log(`eval set: ${documents.length} files, ${(documents.reduce((a, d) => a + d.bytes, 0) / 1024 / 1024).toFixed(1)} MB, ${set.built ? `built in ${(set.buildMs / 1000).toFixed(1)} s` : 'reused'}`);

    // The spread issue 15 asks of the set itself.
    expect(documents.length).toBeGreaterThanOrEqual(80);
    expect(new Set(documents.map((d) => d.course).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(documents.map((d) => d.language))).toEqual(new Set(['en', 'de', 'fr', 'es']));
    expect(new Set(documents.map((d) => d.format))).toEqual(new Set(['pdf', 'docx', 'pptx', 'txt', 'md']));
    expect(documents.filter((d) => d.course === null).length).toBeGreaterThanOrEqual(3);

    const order = interleaved(documents);
    const { keyById, ids, files, wallMs } = await sortAsNewStudent('eval-set@files.test', order);
    firstRun = new Map(order.map((doc, i) => [doc.sha256, outcomeOf(files.get(ids[i]!), keyById)]));
    const score = scoreOrganiser(
      order.map((doc, i) => ({ doc, label: doc, file: files.get(ids[i]!) as OrganisedFile })),
      keyById,
    );
    const { judged } = score;
    const shown = (key: string | null) => key ?? '(none)';

    const keys = manifest.courses.map((c) => c.key);
    printConfusion('course', [...keys, '(outsider)'], [...keys, '(none)'], judged.map((j) => [j.doc.course ?? '(outsider)', shown(j.course)]));
    printConfusion('language', ['en', 'de', 'fr', 'es'], languages, judged.map((j) => [j.doc.language, j.file.detected_language!]));
    printConfusion('category', categories, categories, judged.map((j) => [j.doc.category, j.file.ai_category!]));
    console.table(
      judged
        .filter((j) => j.doc.course === null)
        .map((j) => ({ file: j.doc.file, language: j.doc.language, filed_in: shown(j.course), needs_review: j.file.needs_review, confidence: j.file.confidence_level })),
    );
    printBands('course', score.bands);
    const course = score.course.share;
    const language = score.language.share;
    const category = score.category.share;
    const firstGuess = score.first_guess.share;
    const unreviewedShare = score.filed_without_review.files.share;
    const unreviewedRight = score.filed_without_review.right.share;
    console.log(
      [
        `${score.files} files ready ${(wallMs / 1000).toFixed(1)} s after the first upload (${score.failed} failed)`,
        `course ${pct(course)} of ${score.course.of} course files (target 90 %), language ${pct(language)} (target 97 %), category ${pct(category)} (target 75 %)`,
        `course files whose filed course or first offered guess is right: ${pct(firstGuess)}`,
        `needing review: ${score.needing_review}, reasons: ${Object.entries(score.review_reasons).map(([r, n]) => `${r} ${n}`).join(', ')}`,
        `filed without review: ${score.filed_without_review.files.right} = ${pct(unreviewedShare)} of all (target ≥ 60 %), of which right ${pct(unreviewedRight)} (target ≥ 95 %)`,
        `outsiders: ${score.outsiders.files}, filed without review ${score.outsiders.filed_without_review} (target 0), left unsorted ${score.outsiders.unsorted}`,
      ].join('\n'),
    );

    expect(judged.every((j) => j.file.status === 'ready')).toBe(true);
    expect(new Set(judged.map((j) => j.file.kind))).toEqual(new Set(['pdf', 'docx', 'pptx', 'text', 'markdown']));
    expect(language).toBeGreaterThanOrEqual(LANGUAGE_TARGET);
    expect(course).toBeGreaterThanOrEqual(COURSE_TARGET);
    expect(category).toBeGreaterThanOrEqual(CATEGORY_TARGET);
    expect(unreviewedShare).toBeGreaterThanOrEqual(UNREVIEWED_SHARE_TARGET);
    expect(unreviewedRight).toBeGreaterThanOrEqual(UNREVIEWED_RIGHT_TARGET);
    expect(score.outsiders.filed_without_review).toBe(0);
    // Confidence calibrated on this set: "high" means right at least 95 % of the time.
    // (on enough files to mean something: 18 of 96 today)
    expect(score.bands.high.files).toBeGreaterThanOrEqual(15);
    expect(score.bands.high.precision).toBeGreaterThanOrEqual(HIGH_RIGHT_TARGET);
    expect(firstGuess).toBeGreaterThanOrEqual(FIRST_GUESS_FLOOR);
  });

  // Issue 15: the same batch in another order gives the same courses. On real material, where the
  // app's own guesses used to pull later files after them, the first files of a batch decide a lot.
  it('gives every file the same course, guesses and review in a shuffled order', { timeout: 900_000 }, async () => {
    expect(firstRun, 'runs after the first test').toBeDefined();
    const order = shuffled(interleaved(set.documents), 15);
    expect(order.slice(0, 12).map((d) => d.sha256)).not.toEqual(interleaved(set.documents).slice(0, 12).map((d) => d.sha256));
    const { keyById, ids, files } = await sortAsNewStudent('eval-set-shuffled@files.test', order);
    const second = new Map(order.map((doc, i) => [doc.sha256, outcomeOf(files.get(ids[i]!), keyById)]));
    const differ = [...second].filter(([sha, o]) => JSON.stringify(o) !== JSON.stringify(firstRun!.get(sha)));
    expect(differ.map(([sha, o]) => ({ file: set.documents.find((d) => d.sha256 === sha)!.file, first: firstRun!.get(sha), shuffled: o }))).toEqual([]);
    expect(second.size).toBe(set.documents.length);
  });
});
