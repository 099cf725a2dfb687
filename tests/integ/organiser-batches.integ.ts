// The organiser on whole batches (issue 15), through upload, extraction and the local provider:
// files the app filed itself do not pull later files after them, and the same batch uploaded in
// another order ends in the same courses. Files are compared by the SHA-256 of their bytes.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type WorkerHandle } from '@/worker/start-worker';
import { call, verifiedUser } from '../support/api';
import { makeDocx, makePdf } from '../support/documents';
import { upload, waitForFiles, type UploadPart } from '../support/files';
import { labelledCorpus, type LabelledDoc } from '../support/labelled-corpus';
import { shuffled } from '../support/shuffle';

let worker: WorkerHandle;
beforeAll(async () => {
  worker = await startWorker();
});
afterAll(async () => {
  await worker?.stop();
});

const english = labelledCorpus().find((s) => s.language === 'en')!;

type Part = UploadPart & { doc: LabelledDoc; sha: string };

/** Built once, so both runs of a comparison send the very same bytes. */
async function partOf(doc: LabelledDoc, i: number, folder: string | null = doc.folderHint): Promise<Part> {
  const format = (['pdf', 'docx', 'txt', 'md'] as const)[i % 4]!;
  const name = `${folder ? `${folder}/` : ''}${doc.fileName}.${format}`;
  const bytes =
    format === 'pdf' ? await makePdf(doc.pages)
    : format === 'docx' ? await makeDocx(doc.pages.flatMap((p) => p.split('\n')))
    : doc.pages.join('\n\n');
  return { name, bytes, doc, sha: createHash('sha256').update(bytes).digest('hex') };
}

type Student = { token: string; keyOf: (courseId: string | null) => string | null; idOf: (key: string) => string };

/** A new student with the labelled set's five courses, each created with a name, a code and a professor, and no files. */
async function student(email: string): Promise<Student> {
  const u = await verifiedUser({ email, country: 'US', locale: 'en-US' });
  const ids = new Map<string, string>();
  for (const c of english.courses) {
    const created = await call('POST', '/api/courses', { token: u.token, body: { name: c.name, code: c.code, professor: c.professor } });
    expect(created.status).toBe(201);
    ids.set(c.key, created.json.id);
  }
  const keys = new Map([...ids].map(([key, id]) => [id, key]));
  return { token: u.token, keyOf: (id) => (id ? keys.get(id)! : null), idOf: (key) => ids.get(key)! };
}

/** Uploads in batches of ten, waits for all of them, and answers each file's course key (null: unsorted) by content hash. */
async function uploadAll(s: Student, parts: Part[], fields: Record<string, string> = {}): Promise<Map<string, { course: string | null; file: any }>> {
  const ids: string[] = [];
  for (let i = 0; i < parts.length; i += 10) {
    const r = await upload(s.token, parts.slice(i, i + 10), fields);
    expect(r.status).toBe(201);
    ids.push(...r.json.data.map((d: { file: { id: string } }) => d.file.id));
  }
  const files = await waitForFiles(s.token, ids, 180_000);
  return new Map(parts.map((p, i) => {
    const file = files.get(ids[i]!);
    return [p.sha, { course: s.keyOf(file.course_id), file }];
  }));
}

const coursesOf = (outcome: Map<string, { course: string | null }>) => new Map([...outcome].map(([sha, o]) => [sha, o.course]));

describe('the organiser on a batch', () => {
  it('does not let its own wrong guesses pull the next files after them', async () => {
    // Five Linear Algebra files that arrive in a folder named after Macroeconomics: the app files
    // them there on the folder's word, wrongly. The next twenty hold the rest of Linear Algebra's.
    const algebra = [...english.documents, ...english.examples].filter((d) => d.courseKey === 'linalg');
    const misled = await Promise.all(algebra.slice(0, 5).map((doc, i) => partOf(doc, i, 'ECON202 Macroeconomics')));
    const others = english.documents.filter((d) => d.courseKey !== 'linalg');
    const rest = await Promise.all([...algebra.slice(5), ...others.slice(0, 20 - algebra.slice(5).length)].map((doc, i) => partOf(doc, i)));
    expect(rest).toHaveLength(20);
    expect(rest.filter((p) => p.doc.courseKey === 'linalg').length).toBeGreaterThanOrEqual(3);

    const s = await student('snowball@organiser.test');
    const first = await uploadAll(s, misled);
    for (const { course, file } of first.values()) expect({ course, source: file.course_source }).toEqual({ course: 'econ', source: 'ai' });
    const after = coursesOf(await uploadAll(s, rest));

    // The same twenty for a student without the misfiled five: each lands in the same course.
    const control = coursesOf(await uploadAll(await student('snowball-control@organiser.test'), rest));
    expect(after).toEqual(control);
    const drawn = rest.filter((p) => p.doc.courseKey !== 'econ' && after.get(p.sha) === 'econ');
    expect(drawn.map((p) => p.name)).toEqual([]);

    // Corrections still teach: once the student moves the five where they belong, the next files
    // land right at least as often as for a student who never corrected anything.
    for (const { file } of first.values()) {
      const doc = misled.find((p) => p.sha === [...first].find(([, o]) => o.file.id === file.id)![0])!.doc;
      expect((await call('PATCH', `/api/files/${file.id}`, { token: s.token, body: { course_id: s.idOf(doc.courseKey) } })).status).toBe(200);
    }
    const more = await Promise.all(others.slice(20 - algebra.slice(5).length).map((doc, i) => partOf(doc, i)));
    const right = (o: Map<string, { course: string | null }>) => more.filter((p) => o.get(p.sha)?.course === p.doc.courseKey).length;
    const taught = right(await uploadAll(s, more));
    const untaught = right(await uploadAll(await student('snowball-untaught@organiser.test'), more));
    console.log(`snowball: ${drawn.length} of ${rest.length} drawn to the misfiled course; after corrections ${taught} of ${more.length} right (${untaught} without)`);
    expect(taught).toBeGreaterThanOrEqual(untaught);
  });

  it('gives the same courses to the same batch in another order', async () => {
    const examples = await Promise.all(english.examples.map((doc, i) => partOf(doc, i)));
    const batch = await Promise.all([...english.documents, ...english.outsiders].map((doc, i) => partOf(doc, i)));
    const run = async (email: string, order: Part[]) => {
      const s = await student(email);
      // The library the student built by hand first: one upload per course, into that course.
      for (const key of new Set(examples.map((p) => p.doc.courseKey))) {
        await uploadAll(s, examples.filter((p) => p.doc.courseKey === key), { course_id: s.idOf(key) });
      }
      return coursesOf(await uploadAll(s, order));
    };
    const one = await run('order-a@organiser.test', shuffled(batch, 1));
    const two = await run('order-b@organiser.test', shuffled(batch, 2));
    expect(shuffled(batch, 1).map((p) => p.sha)).not.toEqual(shuffled(batch, 2).map((p) => p.sha));
    expect(one.size).toBe(batch.length);
    expect(two).toEqual(one);
    console.log(`order: ${batch.length} files, ${[...one.values()].filter((c) => c === null).length} unsorted in both runs, assignments identical`);
  });
});
