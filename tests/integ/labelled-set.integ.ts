// The generated labelled set through the whole pipeline: real PDF, DOCX, PPTX, TXT and Markdown
// files in four languages are uploaded, extracted and analysed by the local provider, and the
// outcome is compared with the labels (accuracy bars of issue 4, confusion matrices printed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categories } from '@/ai/provider';
import { startWorker, type WorkerHandle } from '@/worker/start-worker';
import { call, verifiedUser } from '../support/api';
import { printConfusion } from '../support/confusion';
import { makeDocx, makePdf, makePptx } from '../support/documents';
import { upload, waitForFiles, type UploadPart } from '../support/files';
import { labelledCorpus, type LabelledDoc } from '../support/labelled-corpus';

let worker: WorkerHandle;
beforeAll(async () => {
  worker = await startWorker();
});
afterAll(async () => {
  await worker?.stop();
});

const country = { en: 'US', fr: 'FR', de: 'DE', es: 'ES' } as const;
const formats = ['pdf', 'docx', 'pptx', 'txt', 'md'] as const;

async function toFile(doc: LabelledDoc, i: number): Promise<UploadPart> {
  const format = formats[i % formats.length]!;
  const name = `${doc.folderHint ? `${doc.folderHint}/` : ''}${doc.fileName}.${format}`;
  if (format === 'pdf') return { name, bytes: await makePdf(doc.pages) };
  if (format === 'docx') return { name, bytes: await makeDocx(doc.pages.flatMap((p) => p.split('\n'))) };
  if (format === 'pptx') return { name, bytes: await makePptx(doc.pages.map((p) => p.split('\n'))) };
  return { name, bytes: doc.pages.join('\n\n') };
}

type Outcome = { doc: LabelledDoc; file: { course_id: string | null; ai_category: string; detected_language: string; kind: string } };

describe('the labelled set through upload, extraction and the local provider', () => {
  it('detects the language, the course and the category well enough to trust', async () => {
    const outcomes: Outcome[] = [];
    const courseKeyById = new Map<string, string>();
    for (const student of labelledCorpus()) {
      const u = await verifiedUser({ email: `labelled-${student.language}@files.test`, country: country[student.language], locale: student.locale });
      const ids = new Map<string, string>();
      for (const c of student.courses) {
        const created = await call('POST', '/api/courses', { token: u.token, body: { name: c.name, code: c.code, professor: c.professor } });
        ids.set(c.key, created.json.id);
        courseKeyById.set(created.json.id, c.key);
      }
      // Files the student already filed in each course teach the matcher, as in a real library.
      const filed: string[] = [];
      for (const [i, doc] of student.examples.entries()) {
        const r = await upload(u.token, [await toFile(doc, i)], { course_id: ids.get(doc.courseKey)! });
        filed.push(r.json.data[0].file.id);
      }
      await waitForFiles(u.token, filed, 120_000);

      const parts = await Promise.all(student.documents.map((d, i) => toFile(d, i)));
      const uploaded: string[] = [];
      for (let i = 0; i < parts.length; i += 10) {
        const r = await upload(u.token, parts.slice(i, i + 10));
        expect(r.status).toBe(201);
        uploaded.push(...r.json.data.map((d: { file: { id: string } }) => d.file.id));
      }
      const files = await waitForFiles(u.token, uploaded, 180_000);
      student.documents.forEach((doc, i) => outcomes.push({ doc, file: files.get(uploaded[i]!) }));
    }

    const share = (ok: (o: Outcome) => boolean) => outcomes.filter(ok).length / outcomes.length;
    const language = share((o) => o.file.detected_language === o.doc.language);
    const course = share((o) => o.file.course_id !== null && courseKeyById.get(o.file.course_id) === o.doc.courseKey);
    const category = share((o) => o.file.ai_category === o.doc.category);
    const keys = [...new Set(outcomes.map((o) => o.doc.courseKey))];
    printConfusion('course', keys, [...keys, '(none)'], outcomes.map((o) => [o.doc.courseKey, o.file.course_id ? courseKeyById.get(o.file.course_id)! : '(none)']));
    printConfusion('category', categories, categories, outcomes.map((o) => [o.doc.category, o.file.ai_category]));
    console.log(`${outcomes.length} files: language ${(language * 100).toFixed(1)} %, course ${(course * 100).toFixed(1)} %, category ${(category * 100).toFixed(1)} %`);

    expect(outcomes.length).toBeGreaterThanOrEqual(150);
    expect(new Set(outcomes.map((o) => o.file.kind))).toEqual(new Set(['pdf', 'docx', 'pptx', 'text', 'markdown']));
    expect(language).toBeGreaterThanOrEqual(0.95);
    expect(course).toBeGreaterThanOrEqual(0.9);
    expect(category).toBeGreaterThanOrEqual(0.85);
  });
});
