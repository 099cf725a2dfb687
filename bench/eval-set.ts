// The organiser over HTTP against the running app (issue 15's "Measure"): the real-document
// evaluation set as a new student meets it (the set's courses created empty, every file uploaded
// in the interleaved order, twelve per request as the integration test does), and the generated
// labelled set the way its test drives it (each student's examples filed into their courses first,
// then the documents with the outsiders among them, ten per request). For each set: the wall time
// from the first upload to all `ready`, and every field's accuracy, scored by
// tests/support/organiser-score.ts exactly as the integration tests score them.
import { httpUpload, httpUser } from '../tests/support/app-user';
import { printConfusion } from '../tests/support/confusion';
import { interleaved, loadEvalSet } from '../tests/support/eval-set';
import type { UploadPart } from '../tests/support/files';
import { labelledCorpus } from '../tests/support/labelled-corpus';
import { LABELLED_COUNTRY, labelledBatch, labelledFile, scoreOrganiser, type Label, type OrganisedFile, type OrganiserScore, type Rate } from '../tests/support/organiser-score';
import { waitForAll } from './files';


async function createCourse(url: string, token: string, c: { name: string; code: string; professor: string }): Promise<string> {
  const res = await fetch(`${url}/api/courses`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: c.name, code: c.code, professor: c.professor }),
  });
  const json = (await res.json()) as { id: string };
  if (res.status !== 201) throw new Error(`course ${c.code}: ${res.status} ${JSON.stringify(json)}`);
  return json.id;
}

/** Uploads `parts` in requests of `per` files, one request after another, so the app sees the set's order. */
async function uploadInOrder(url: string, token: string, parts: UploadPart[], per: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < parts.length; i += per) ids.push(...(await httpUpload(url, token, parts.slice(i, i + per))));
  return ids;
}

const round = (x: number) => +x.toFixed(3);
const rateOut = (r: Rate) => ({ right: r.right, of: r.of, share: round(r.share) });

/** The score as latest.json keeps it: the shares, not the files. */
function summary(s: OrganiserScore<unknown>) {
  return {
    failed: s.failed,
    course: rateOut(s.course),
    first_guess: rateOut(s.first_guess),
    language: rateOut(s.language),
    category: rateOut(s.category),
    filed_without_review: { files: rateOut(s.filed_without_review.files), right: rateOut(s.filed_without_review.right) },
    outsiders: s.outsiders,
    high_confidence: { files: s.bands.high.files, right: s.bands.high.right, precision: s.bands.high.precision === null ? null : round(s.bands.high.precision) },
    review_reasons: s.review_reasons,
  };
}

const pct = (r: Rate) => `${(r.share * 100).toFixed(1)} %`;
const line = (name: string, wall: string, s: OrganiserScore<unknown>) =>
  `${name}: ${s.files} files ready ${wall}; course ${pct(s.course)}, language ${pct(s.language)}, category ${pct(s.category)}, ` +
  `filed without review ${pct(s.filed_without_review.files)} (right ${pct(s.filed_without_review.right)}), outsiders filed without review ${s.outsiders.filed_without_review} of ${s.outsiders.files}`;

async function benchEvalSet(url: string, dataDir: string) {
  const { manifest, documents } = await loadEvalSet();
  const { token } = await httpUser(url, dataDir, 'eval-set@bench.test', 'US');
  const keyById = new Map<string, string>();
  for (const c of manifest.courses) keyById.set(await createCourse(url, token, c), c.key);
  const order = interleaved(documents);
  const t0 = performance.now();
  const ids = await uploadInOrder(url, token, order.map((d) => ({ name: d.file, bytes: d.content })), 12);
  const uploadS = (performance.now() - t0) / 1000;
  const files = await waitForAll<OrganisedFile & { id: string }>(url, token, ids);
  const wallS = +((performance.now() - t0) / 1000).toFixed(1);
  const score = scoreOrganiser(order.map((d, i) => ({ label: d, file: files.get(ids[i]!)! })), keyById);
  const keys = manifest.courses.map((c) => c.key);
  printConfusion('eval set: course', [...keys, '(outsider)'], [...keys, '(none)'], score.judged.map((j) => [j.label.course ?? '(outsider)', j.course ?? '(none)']));
  console.log(line('eval set', `${wallS} s after the first upload`, score));
  return { files: score.files, courses: manifest.courses.length, upload_s: +uploadS.toFixed(1), wall_s: wallS, ...summary(score) };
}

async function benchGeneratedSet(url: string, dataDir: string) {
  const outcomes: { label: Label; file: OrganisedFile }[] = [];
  const keyById = new Map<string, string>();
  let examples = 0;
  let batchMs = 0;
  const t0 = performance.now();
  for (const student of labelledCorpus()) {
    // The sign-up's locale is left to the country's default: the local provider reads it for dates only, which are not scored.
    const { token } = await httpUser(url, dataDir, `labelled-${student.language}@bench.test`, LABELLED_COUNTRY[student.language]);
    const idByKey = new Map<string, string>();
    for (const c of student.courses) {
      const id = await createCourse(url, token, c);
      idByKey.set(c.key, id);
      keyById.set(id, c.key);
    }
    const filed: string[] = [];
    for (const [i, doc] of student.examples.entries()) filed.push(...(await httpUpload(url, token, [await labelledFile(doc, i)], { course_id: idByKey.get(doc.courseKey)! })));
    await waitForAll(url, token, filed);
    examples += filed.length;

    const batch = labelledBatch(student);
    const parts = await Promise.all(batch.map(({ doc }, i) => labelledFile(doc, i)));
    const b0 = performance.now();
    const ids = await uploadInOrder(url, token, parts, 10);
    const files = await waitForAll<OrganisedFile & { id: string }>(url, token, ids);
    batchMs += performance.now() - b0;
    batch.forEach(({ label }, i) => outcomes.push({ label, file: files.get(ids[i]!)! }));
  }
  const score = scoreOrganiser(outcomes, keyById);
  const wallS = +(batchMs / 1000).toFixed(1);
  console.log(line('generated set', `in ${wallS} s (each student's batch after the examples, summed)`, score));
  return {
    students: labelledCorpus().length,
    files: score.files,
    examples_filed_first: examples,
    wall_s: wallS,
    wall_with_examples_s: +((performance.now() - t0) / 1000).toFixed(1),
    ...summary(score),
  };
}

/** Both sets side by side, each as a new student of the running app at `url` (its data dir holds the mail outbox). */
export async function benchOrganiser(url: string, dataDir: string) {
  const evalSet = await benchEvalSet(url, dataDir);
  const generatedSet = await benchGeneratedSet(url, dataDir);
  return {
    provider: 'local',
    definitions:
      'course: course files (not outsiders) filed in their course; first_guess: filed course, else the first guess offered, is theirs; ' +
      'language, category: every file, outsiders included; filed_without_review: filed in a course and not flagged, its share of all files and how many of those are right; ' +
      'high_confidence: files filed with a "high" badge (course confidence >= 0.8) and how many are right; wall_s: first upload to all ready ' +
      '(generated set: its four students\' batches after their examples, summed)',
    targets: { course: 0.9, language: 0.97, category: 0.75, filed_without_review_share: 0.6, filed_without_review_right: 0.95, outsiders_filed_without_review: 0, high_confidence_precision: 0.95 },
    eval_set: evalSet,
    generated_set: generatedSet,
  };
}
