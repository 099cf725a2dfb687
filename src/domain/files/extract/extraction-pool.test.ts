// The pool for real: worker threads started through extraction-worker-bootstrap.mjs under vitest.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdfBomb, makePptxBomb } from '../../../../tests/support/bombs';
import {
  FOUR_LANGUAGES,
  makeCorruptPdf,
  makeDocx,
  makeDocxZipBomb,
  makeEncryptedPdf,
  makeLongDocx,
  makePdf,
  makePptx,
  makeTruncated,
  sampleProse,
} from '../../../../tests/support/documents';
import { AppError } from '../../errors';
import { createExtractionPool, type ExtractionPool } from './extraction-pool';

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => {
      throw new Error('expected the extraction to fail');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

/** Starts every worker of the pool, so timings below measure jobs, not thread start-up. */
async function warm(pool: ExtractionPool, workers = 2) {
  await Promise.all(Array.from({ length: workers }, async () => pool.extract(await makePdf(['warm-up']), 'pdf')));
}

/** A DOCX whose ~5 MB document.xml (still under mammoth's cut-off) takes mammoth far more than 100 MB of heap. */
const makeHeavyDocx = () => makeLongDocx(40_000, (i) => sampleProse(12, i + 1));

/** Within the stream budget (60 MiB of path operators), but pdf.js needs seconds to read it. */
const makeSlowPdf = () => makePdfBomb({ mib: 60 });

/** Threads of this process (each extraction worker adds several). */
const threads = () => Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))![1]);

describe('extraction pool', () => {
  let pool: ExtractionPool;
  beforeAll(async () => {
    pool = createExtractionPool();
    await warm(pool);
  }, 30_000);
  afterAll(() => pool.close());

  it('extracts every format in worker threads with accents intact', async () => {
    const [pdf, docx, pptx, text, image] = await Promise.all([
      pool.extract(await makePdf(FOUR_LANGUAGES), 'pdf'),
      pool.extract(await makeDocx(FOUR_LANGUAGES), 'docx'),
      pool.extract(await makePptx([FOUR_LANGUAGES.slice(0, 2), FOUR_LANGUAGES.slice(2)]), 'pptx'),
      pool.extract(new TextEncoder().encode(`\ufeff${FOUR_LANGUAGES.join('\n')}`), 'text'),
      pool.extract(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image'),
    ]);
    expect(pdf).toEqual({ pages: FOUR_LANGUAGES, pageCount: 4 });
    expect(docx).toEqual({ pages: [FOUR_LANGUAGES.join('\n\n')], pageCount: null, html: FOUR_LANGUAGES.map((p) => `<p>${p}</p>`).join('') });
    expect(pptx).toEqual({ pages: [FOUR_LANGUAGES.slice(0, 2).join('\n'), FOUR_LANGUAGES.slice(2).join('\n')], pageCount: 2 });
    expect(text).toEqual({ pages: [FOUR_LANGUAGES.join('\n')], pageCount: null });
    expect(image).toEqual({ pages: [], pageCount: null });
  });

  it('answers hostile or broken files with the right code within seconds, and keeps working', async () => {
    const started = performance.now();
    const docx = await makeDocx(FOUR_LANGUAGES);
    const codes = await Promise.all(
      [
        pool.extract(await makeEncryptedPdf(['secret']), 'pdf'),
        pool.extract(makeCorruptPdf(), 'pdf'),
        pool.extract(makeTruncated(docx, 0.6), 'docx'),
        pool.extract(makeDocxZipBomb(), 'docx'),
        pool.extract(makeDocxZipBomb(), 'pptx'),
        pool.extract(new Uint8Array(0), 'pdf'),
      ].map(async (job) => (await failure(job)).code),
    );
    expect(codes).toEqual(['FILE_ENCRYPTED', 'FILE_CORRUPT', 'FILE_CORRUPT', 'FILE_TOO_COMPLEX', 'FILE_TOO_COMPLEX', 'FILE_EMPTY']);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(await pool.extract(docx, 'docx')).toMatchObject({ pages: [FOUR_LANGUAGES.join('\n\n')], pageCount: null });
  }, 30_000);

  it('transfers whole buffers to the worker and copies views into larger ones', async () => {
    const pdf = await makePdf(['transfer']);
    expect(pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength).toBe(true);
    expect((await pool.extract(pdf, 'pdf')).pages).toEqual(['transfer']);
    expect(pdf.byteLength).toBe(0); // detached: moved to the worker, not copied

    const docx = await makeDocx(['view']);
    const padded = new Uint8Array(docx.length + 16);
    padded.set(docx, 8);
    const view = padded.subarray(8, 8 + docx.length);
    expect((await pool.extract(view, 'docx')).pages).toEqual(['view']);
    expect(view.byteLength).toBe(docx.length); // the caller's larger buffer is untouched
  });
});

describe('extraction pool isolation', () => {
  it('a job past its deadline fails with FILE_TOO_COMPLEX, and a fresh worker takes the next job', async () => {
    const pool = createExtractionPool({ size: 1, timeoutMs: 1500 });
    try {
      await warm(pool, 1);
      const slow = await makeSlowPdf();
      const started = performance.now();
      const err = await failure(pool.extract(slow, 'pdf'));
      expect(err.code).toBe('FILE_TOO_COMPLEX');
      expect(String((err.options.cause as Error).message)).toMatch(/longer than 1500 ms/);
      expect(performance.now() - started).toBeLessThan(4_000);
      expect((await pool.extract(await makePdf(['next']), 'pdf')).pages).toEqual(['next']);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('a worker that runs out of heap fails only its own job; in-flight and queued jobs complete', async () => {
    const pool = createExtractionPool({ size: 2, maxOldGenerationSizeMb: 100 });
    try {
      await warm(pool);
      const settled: string[] = [];
      const track = <T>(name: string, job: Promise<T>) => job.finally(() => settled.push(name));
      const [heavy, slow, queued] = await Promise.allSettled([
        track('heavy', pool.extract(await makeHeavyDocx(), 'docx')),
        track('slow', pool.extract(await makeSlowPdf(), 'pdf')), // busy for seconds in the other worker
        track('queued', pool.extract(await makeDocx(['après le crash']), 'docx')),
      ]);
      expect(heavy.status).toBe('rejected');
      const err = (heavy as PromiseRejectedResult).reason as AppError;
      expect(err.code).toBe('FILE_TOO_COMPLEX');
      expect((err.options.cause as { code?: string }).code).toBe('ERR_WORKER_OUT_OF_MEMORY');
      expect(slow).toEqual({ status: 'fulfilled', value: { pages: ['Hello'], pageCount: 1 } });
      expect(queued).toEqual({ status: 'fulfilled', value: { pages: ['après le crash'], pageCount: null, html: '<p>après le crash</p>' } });
      expect(settled.indexOf('slow')).toBeGreaterThan(settled.indexOf('heavy')); // it really was in flight during the crash
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('a PDF or PPTX bomb is FILE_TOO_COMPLEX for its bytes, alone or in a batch, and the ordinary files of the batch succeed', async () => {
    const pool = createExtractionPool({ size: 2 });
    try {
      await warm(pool);
      const pdfBomb = await makePdfBomb(); // 1 GiB of content
      const pptxBomb = makePptxBomb(); // 1 GiB of slide XML
      const reason = async (job: Promise<unknown>) => {
        const err = await failure(job);
        return `${err.code}: ${String((err.options.cause as Error).message)}`;
      };
      const alone = [await reason(pool.extract(pdfBomb.slice(), 'pdf')), await reason(pool.extract(pptxBomb.slice(), 'pptx'))];
      expect(alone).toEqual([expect.stringMatching(/^FILE_TOO_COMPLEX: pdf: a stream decodes to more than/), expect.stringMatching(/^FILE_TOO_COMPLEX: zip: /)]);

      const ordinary = [
        pool.extract(await makePdf(['un', 'deux']), 'pdf'),
        pool.extract(await makeDocx(['eins']), 'docx'),
        pool.extract(await makePptx([['uno'], ['dos']]), 'pptx'),
        pool.extract(await makePdf([sampleProse(400, 3)]), 'pdf'),
        pool.extract(await makeDocx(['two', 'paragraphs']), 'docx'),
        pool.extract(await makePdf(['six']), 'pdf'),
      ];
      const inBatch = [reason(pool.extract(pdfBomb.slice(), 'pdf')), reason(pool.extract(pptxBomb.slice(), 'pptx'))];
      const results = await Promise.all(ordinary);
      expect(await Promise.all(inBatch)).toEqual(alone); // the same reason, not just the same code
      expect(results.map((r) => r.pages[0]!.slice(0, 4))).toEqual(['un', 'eins', 'uno', sampleProse(400, 3).slice(0, 4), 'two\n', 'six']);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('ends workers that stay idle, and starts one again for the next job', async () => {
    const before = threads();
    const pool = createExtractionPool({ size: 1, idleMs: 500 });
    try {
      expect((await pool.extract(await makePdf(['first']), 'pdf')).pages).toEqual(['first']);
      expect(threads()).toBeGreaterThan(before);
      await new Promise((r) => setTimeout(r, 1500));
      expect(threads()).toBe(before);
      expect((await pool.extract(await makePdf(['again']), 'pdf')).pages).toEqual(['again']);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('a worker that cannot start fails its jobs with INTERNAL instead of blaming the file or respawning forever', async () => {
    const pool = createExtractionPool({ size: 2, maxOldGenerationSizeMb: 8 }); // too small to load pdf.js
    try {
      const errors = await Promise.all([pool.extract(await makePdf(['a']), 'pdf'), pool.extract(await makePdf(['b']), 'pdf')].map(failure));
      expect(errors.map((e) => e.code)).toEqual(['INTERNAL', 'INTERNAL']);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('refuses empty and oversized input without a worker, and everything once closed', async () => {
    const pool = createExtractionPool({ maxInputBytes: 1000 });
    expect((await failure(pool.extract(new Uint8Array(0), 'pdf'))).code).toBe('FILE_EMPTY');
    expect((await failure(pool.extract(new Uint8Array(1001), 'pdf'))).code).toBe('FILE_TOO_LARGE');
    const pending = failure(pool.extract(new TextEncoder().encode('bientôt'), 'text'));
    await pool.close();
    expect((await pending).code).toBe('INTERNAL');
    expect((await failure(pool.extract(new TextEncoder().encode('x'), 'text'))).code).toBe('INTERNAL');
  });

  it('extracts typical course PDFs fast enough for 3,400 pages in under 60 s', async () => {
    const pool = createExtractionPool();
    try {
      await warm(pool);
      const pdfs: Uint8Array[] = [];
      let expected = 0;
      for (let i = 0; i < 20; i++) {
        const pages = 5 + ((i * 7) % 26); // 5–30 pages of ~2,700 characters
        expected += pages;
        pdfs.push(await makePdf(Array.from({ length: pages }, (_, p) => [1, 2, 3].map((k) => sampleProse(120, i * 1000 + p * 10 + k)).join('\n\n'))));
      }
      const started = performance.now();
      const results = await Promise.all(pdfs.map((pdf) => pool.extract(pdf, 'pdf')));
      const seconds = (performance.now() - started) / 1000;
      expect(results.reduce((n, r) => n + r.pages.length, 0)).toBe(expected);
      const pagesPerSecond = expected / seconds;
      console.info(`extraction: ${expected} pages in ${seconds.toFixed(2)} s = ${Math.round(pagesPerSecond)} pages/s`);
      expect(pagesPerSecond).toBeGreaterThan(3400 / 60);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
