import { existsSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeEncryptedPdfBomb, makePdfBomb, type PdfBombFilter } from '../../../../tests/support/bombs';
import { makeEncryptedPdf, makePdf, sampleProse } from '../../../../tests/support/documents';
import { AppError } from '../../errors';
import { checkPdfStreams, PDF_STREAM_LIMITS } from './check-pdf-streams';
import { extractDocument } from './extract-document';

function refusal(bytes: Uint8Array, limits = PDF_STREAM_LIMITS): string {
  try {
    checkPdfStreams(bytes, limits);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('FILE_TOO_COMPLEX');
    return String(((err as AppError).options.cause as Error).message);
  }
  throw new Error('expected checkPdfStreams to refuse this PDF');
}

/** Every FlateDecode stream of a PDF made by pdf-lib, inflated by zlib: what pdf.js decodes. */
function inflatedSizes(pdf: Uint8Array): number {
  const text = Buffer.from(pdf);
  let total = 0;
  for (let at = text.indexOf('stream\n'); at !== -1; at = text.indexOf('stream\n', at + 7)) {
    if (text.toString('latin1', at - 3, at) === 'end') continue;
    const end = text.indexOf('endstream', at);
    total += inflateSync(text.subarray(at + 7, end)).length;
  }
  return total;
}

describe('checkPdfStreams', () => {
  it.each<PdfBombFilter>(['flate', 'flate-invalid-start', 'flate-flate', 'hex-flate', 'a85-flate', 'lzw'])(
    'refuses a 1 GiB content stream through %s within a second, whatever its /Length says',
    async (filter) => {
      for (const length of ['exact', 'short', 'none'] as const) {
        const pdf = await makePdfBomb({ filter, length });
        expect(pdf.length).toBeLessThan(4 * 1024 * 1024); // a few MB at most on disk
        const started = performance.now();
        expect(refusal(pdf)).toMatch(/a stream decodes to more than 67108864 bytes/);
        expect(performance.now() - started).toBeLessThan(1000);
      }
    },
  );

  it('refuses an image codec where pdf.js would read the output as text, and leaves it alone in an image', async () => {
    expect(refusal(await makePdfBomb({ filter: 'jbig2', mib: 1 }))).toMatch(/an image codec \(JBIG2Decode\) in a stream read as text/);
    expect(refusal(await makePdfBomb({ filter: 'jbig2', mib: 1, as: 'image-labelled-content' }))).toMatch(/image codec/);
    expect(checkPdfStreams(await makePdfBomb({ filter: 'jbig2', mib: 1, as: 'image' })).decodedBytes).toBeLessThan(1024 * 1024);
  });

  it('refuses many streams that fit one by one but not together', async () => {
    const pdf = await makePdfBomb({ mib: 40 });
    expect(checkPdfStreams(pdf).decodedBytes).toBeGreaterThan(40 * 1024 * 1024);
    expect(refusal(pdf, { maxStreamBytes: 64 * 1024 * 1024, maxTotalBytes: 32 * 1024 * 1024 })).toMatch(/in all/);
  });

  it('skips image XObjects, which text extraction never decodes, but not a content stream labelled as an image', async () => {
    const image = await makePdfBomb({ as: 'image', mib: 300 }); // over the 256 MiB total, were it counted
    expect(checkPdfStreams(image).decodedBytes).toBeLessThan(1024 * 1024);
    expect(await extractDocument(image, 'pdf')).toEqual({ pages: ['Hello'], pageCount: 1 });
    // Its page (inside an object stream) names it as /Contents: pdf.js reads it as text whatever the label.
    expect(refusal(await makePdfBomb({ as: 'image-labelled-content' }))).toMatch(/more than/);
  });

  it.each([3, 4, 6] as const)('measures a PDF encrypted to open without a password (revision %i) decrypted, as pdf.js reads it', async (revision) => {
    const small = await makeEncryptedPdfBomb(revision, { mib: 1 });
    expect(await extractDocument(small.slice(), 'pdf')).toEqual({ pages: ['Hello'], pageCount: 1 }); // pdf.js opens it, no password asked
    expect(checkPdfStreams(small).decodedBytes).toBeGreaterThan(1024 * 1024);
    expect(refusal(await makeEncryptedPdfBomb(revision))).toMatch(/a stream decodes to more than/);
  });

  it('decrypts nothing in a PDF that needs a password: pdf.js refuses it before any stream', async () => {
    const pdf = await makeEncryptedPdf(sampleProse(2000).split('. '));
    expect(checkPdfStreams(pdf).decodedBytes).toBe(0);
    expect(await extractDocument(pdf, 'pdf').catch((e: AppError) => e.code)).toBe('FILE_ENCRYPTED');
  });

  it('measures ordinary PDFs exactly as zlib inflates them, object and cross-reference streams included', async () => {
    const pdf = await makePdf(Array.from({ length: 40 }, (_, i) => sampleProse(300, i)));
    const { streams, decodedBytes } = checkPdfStreams(pdf);
    expect(streams).toBeGreaterThan(40);
    expect(decodedBytes).toBe(inflatedSizes(pdf));
  });

  it.skipIf(!existsSync('/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf'))('passes a real typeset PDF', () => {
    const pdf = new Uint8Array(readFileSync('/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf'));
    const { streams, decodedBytes } = checkPdfStreams(pdf);
    expect(streams).toBeGreaterThan(10);
    expect(decodedBytes).toBeGreaterThan(pdf.length);
  });

  it('extractDocument refuses the bomb before pdf.js allocates it', async () => {
    const before = process.memoryUsage().arrayBuffers;
    const err = await extractDocument(await makePdfBomb(), 'pdf').catch((e: unknown) => e);
    expect((err as AppError).code).toBe('FILE_TOO_COMPLEX');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });
});
