import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makePptxBomb } from '../../../../tests/support/bombs';
import { makeDocx, makeDocxZipBomb, makeTruncated, sampleProse } from '../../../../tests/support/documents';
import { AppError, type ErrorCode } from '../../errors';
import { safeUnzip, ZIP_LIMITS } from './safe-unzip';

function code(run: () => unknown): ErrorCode {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).code;
  }
  throw new Error('expected safeUnzip to refuse this archive');
}

const MB = 1024 * 1024;

describe('safeUnzip', () => {
  it('returns the selected entries, byte for byte', () => {
    const text = sampleProse(5000);
    const zip = zipSync({ 'a/one.txt': strToU8(text), 'b/two.bin': [new Uint8Array([1, 2, 3]), { level: 0 }], 'c/skip.txt': strToU8('skip') });
    const files = safeUnzip(zip, (name) => !name.startsWith('c/'));
    expect([...files.keys()]).toEqual(['a/one.txt', 'b/two.bin']);
    expect(new TextDecoder().decode(files.get('a/one.txt'))).toBe(text);
    expect([...files.get('b/two.bin')!]).toEqual([1, 2, 3]);
  });

  it('counts the bytes that really come out, whatever the headers declare', () => {
    // The bomb's headers declare a 4 KiB document.xml; it inflates to 320 MiB.
    expect(code(() => safeUnzip(makeDocxZipBomb()))).toBe('FILE_TOO_COMPLEX');
  });

  it('refuses an entry above 200:1 once it passes 1 MB, and allows small or ordinary ones', () => {
    const zeros = (n: number) => new Uint8Array(n);
    expect(code(() => safeUnzip(zipSync({ 'word/document.xml': zeros(2 * MB) })))).toBe('FILE_TOO_COMPLEX');
    expect(safeUnzip(zipSync({ 'word/document.xml': zeros(MB - 1) })).get('word/document.xml')).toHaveLength(MB - 1);
    const prose = strToU8(sampleProse(600_000)); // ~4 MB of text, compresses far less than 200:1
    expect(safeUnzip(zipSync({ 'word/document.xml': prose })).get('word/document.xml')).toHaveLength(prose.length);
  });

  it('refuses more than the total uncompressed budget, counted across entries', () => {
    const noisy = () => new Uint8Array(MB).map((_, i) => (Math.imul(i + 1, 2654435761) >>> 13) & 0xff);
    const zip = zipSync({ a: noisy(), b: noisy(), c: noisy() });
    expect(safeUnzip(zip).size).toBe(3);
    expect(code(() => safeUnzip(zip, () => false, { ...ZIP_LIMITS, maxTotalBytes: 2.5 * MB }))).toBe('FILE_TOO_COMPLEX');
  });

  it('holds at most 64 MiB of the parts it returns: a 1 GiB slide stops there, long before the ratio limit', () => {
    const pptx = makePptxBomb(1024);
    expect(pptx.length).toBeLessThan(3 * MB);
    const started = performance.now();
    try {
      safeUnzip(pptx, (name) => name.startsWith('ppt/'));
      throw new Error('expected a refusal');
    } catch (err) {
      expect((err as AppError).code).toBe('FILE_TOO_COMPLEX');
      expect(String(((err as AppError).options.cause as Error).message)).toMatch(/more than 67108864 bytes of ppt\/slides\/slide1.xml/);
    }
    expect(performance.now() - started).toBeLessThan(5000);
    // The same archive counted without keeping the slide goes on to the ratio limit instead.
    expect(code(() => safeUnzip(pptx, () => false))).toBe('FILE_TOO_COMPLEX');
    expect(code(() => safeUnzip(zipSync({ 'word/document.xml': new Uint8Array(1000) }), () => true, { ...ZIP_LIMITS, maxKeptBytes: 999 }))).toBe('FILE_TOO_COMPLEX');
  }, 20_000);

  it('refuses more than 10,000 entries', () => {
    const many: Zippable = {};
    for (let i = 0; i <= 10_000; i++) many[`f${i}`] = new Uint8Array(0);
    expect(code(() => safeUnzip(zipSync(many)))).toBe('FILE_TOO_COMPLEX');
    delete many.f0;
    expect(safeUnzip(zipSync(many)).size).toBe(10_000);
  }, 20_000);

  it('FILE_CORRUPT for truncated, damaged or non-zip input', async () => {
    const docx = await makeDocx(['Bonjour']);
    expect(code(() => safeUnzip(makeTruncated(docx, 0.9)))).toBe('FILE_CORRUPT');
    expect(code(() => safeUnzip(strToU8('not a zip at all, just some text')))).toBe('FILE_CORRUPT');
    const damaged = docx.slice();
    const at = Buffer.from(damaged.buffer).indexOf('word/document.xml') + 'word/document.xml'.length;
    damaged.fill(0xff, at, at + 64); // garbage in the deflate stream of document.xml
    expect(code(() => safeUnzip(damaged))).toBe('FILE_CORRUPT');
  });

  it('FILE_ENCRYPTED for zip-level encryption', () => {
    const zip = zipSync({ 'secret.txt': strToU8('hello') });
    const view = new DataView(zip.buffer);
    const central = Buffer.from(zip.buffer).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    view.setUint16(central + 8, view.getUint16(central + 8, true) | 1, true);
    expect(code(() => safeUnzip(zip))).toBe('FILE_ENCRYPTED');
  });
});
