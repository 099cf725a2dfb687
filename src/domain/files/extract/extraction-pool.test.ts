// The pool for real: worker threads started through extraction-worker-bootstrap.mjs under vitest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FOUR_LANGUAGES,
  makeCorruptPdf,
  makeDocx,
  makeDocxZipBomb,
  makeEncryptedPdf,
  makeLongDocx,
  makePdf,
  makePdfStreamBomb,
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

/** A DOCX whose ~4 MB document.xml takes mammoth far more than 128 MB of heap. */
const makeHeavyDocx = () => makeLongDocx(30_000, (i) => sampleProse(12, i + 1));

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
      const slow = await makePdfStreamBomb(400); // pdf.js needs well over 5 s to inflate 400 MB
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
    const pool = createExtractionPool({ size: 2, maxOldGenerationSizeMb: 128 });
    try {
      await warm(pool);
      const settled: string[] = [];
      const track = <T>(name: string, job: Promise<T>) => job.finally(() => settled.push(name));
      const [heavy, slow, queued] = await Promise.allSettled([
        track('heavy', pool.extract(await makeHeavyDocx(), 'docx')),
        track('slow', pool.extract(await makePdfStreamBomb(200), 'pdf')), // busy for seconds in the other worker
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

  it('a PDF whose streams inflate past the buffer budget is FILE_TOO_COMPLEX', async () => {
    const pool = createExtractionPool({ size: 1, maxArrayBufferMb: 128 });
    try {
      await warm(pool, 1);
      const started = performance.now();
      const err = await failure(pool.extract(await makePdfStreamBomb(1024), 'pdf'));
      expect(err.code).toBe('FILE_TOO_COMPLEX');
      expect(performance.now() - started).toBeLessThan(10_000);
      expect((await pool.extract(await makePdf(['still here']), 'pdf')).pages).toEqual(['still here']);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('a worker that cannot start fails its jobs with INTERNAL instead of blaming the file or respawning forever', async () => {
    const pool = createExtractionPool({ size: 2, maxOldGenerationSizeMb: 32 }); // too small to load pdf.js
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
