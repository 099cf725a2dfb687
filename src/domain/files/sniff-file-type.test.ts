import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeDocx, makePdf, makePptx, sampleProse } from '../../../tests/support/documents';
import { AppError, type ErrorCode } from '../errors';
import { extensionOf, officeTypeFromZipHead, SNIFF_HEAD_BYTES, sniffFileType } from './sniff-file-type';

const head = (bytes: Uint8Array) => bytes.subarray(0, SNIFF_HEAD_BYTES);
const bytes = (hexOrText: string, encoding: BufferEncoding = 'latin1') => new Uint8Array(Buffer.from(hexOrText, encoding));

async function rejection(promise: Promise<unknown>): Promise<ErrorCode> {
  const err = await promise.then(
    () => {
      throw new Error('expected the sniffer to refuse this file');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

// Minimal but real image headers.
const png = bytes('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC', 'base64');
const jpeg = bytes('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');
const gif = bytes('GIF89a\x01\x00\x01\x00\x00\x00\x00;');
const webp = new Uint8Array(Buffer.concat([Buffer.from('RIFF'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8L'), Buffer.from([13, 0, 0, 0, 0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0])]));
const heic = new Uint8Array(Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(4), Buffer.from('mif1heic'), Buffer.alloc(16)]));
const exe = new Uint8Array(Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]), Buffer.alloc(46), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64), Buffer.from('PE\0\0'), Buffer.alloc(100)]));
const html = bytes('<!DOCTYPE html><html><head><title>Cours</title></head><body><p>Bonjour</p></body></html>');
const cfbHeader = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1200)]);

/** Re-packs a zip with its entries in the given order (first names listed first). */
function repack(zip: Uint8Array, order: (names: string[]) => string[], extra: Zippable = {}): Uint8Array {
  const files: Zippable = { ...unzipSync(zip), ...extra };
  const ordered: Zippable = {};
  for (const name of order(Object.keys(files))) ordered[name] = files[name]!;
  return zipSync(ordered);
}

function localHeaderOffset(zip: Uint8Array, name: string): number {
  return Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength).indexOf(name);
}

describe('sniffFileType', () => {
  it('recognises PDF, DOCX and PPTX made by real writers, from the first 64 KiB', async () => {
    const pdf = await makePdf(['Bonjour', 'Zweite Seite']);
    const docx = await makeDocx(['Élève', 'Straße']);
    const pptx = await makePptx([['Título', 'niño']]);
    expect(await sniffFileType(head(pdf), 'cours.pdf')).toEqual({ kind: 'pdf', mime: 'application/pdf', extension: 'pdf', analysable: true });
    expect(await sniffFileType(head(docx), 'Notes de cours.DOCX')).toMatchObject({ kind: 'docx', extension: 'docx', analysable: true });
    expect(await sniffFileType(head(pptx), 'slides.pptx')).toMatchObject({
      kind: 'pptx',
      mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      analysable: true,
    });
  });

  it('decides by content when the name has no extension', async () => {
    expect(await sniffFileType(head(await makePdf(['x'])), 'scan')).toMatchObject({ kind: 'pdf' });
    expect(await sniffFileType(png, 'IMG_0001')).toMatchObject({ kind: 'image', extension: 'png' });
  });

  describe('office files whose [Content_Types].xml lies beyond the first 64 KiB', () => {
    it('a long docx from the `docx` package (its document.xml comes before the content types)', async () => {
      const docx = await makeDocx(Array.from({ length: 1500 }, (_, i) => sampleProse(120, i + 1)));
      expect(localHeaderOffset(docx, '[Content_Types].xml')).toBeGreaterThan(SNIFF_HEAD_BYTES); // the case under test
      expect(await sniffFileType(head(docx), 'thesis.docx')).toMatchObject({ kind: 'docx' });
    });

    it('a docx written in Word\'s order with a large document part, and with the content types last', async () => {
      const long = await makeDocx(Array.from({ length: 1500 }, (_, i) => sampleProse(120, i + 7)));
      const wordOrder = repack(long, (names) => ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', ...names.filter((n) => !['[Content_Types].xml', '_rels/.rels', 'word/document.xml'].includes(n))]);
      const typesLast = repack(long, (names) => [...names.filter((n) => n !== '[Content_Types].xml'), '[Content_Types].xml']);
      expect(localHeaderOffset(typesLast, '[Content_Types].xml')).toBeGreaterThan(SNIFF_HEAD_BYTES);
      expect(await sniffFileType(head(wordOrder), 'a.docx')).toMatchObject({ kind: 'docx' });
      expect(await sniffFileType(head(typesLast), 'b.docx')).toMatchObject({ kind: 'docx' });
    });

    it('a pptx whose first slide carries a large picture before the content types', async () => {
      const pptx = await makePptx([['Diapositive 1'], ['Folie 2']]);
      const picture = new Uint8Array(200_000).map((_, i) => (i * 2654435761) >>> 24);
      const pictureFirst = repack(pptx, (names) => ['ppt/_rels/presentation.xml.rels', 'ppt/media/photo.jpeg', ...names.filter((n) => !['ppt/_rels/presentation.xml.rels', 'ppt/media/photo.jpeg'].includes(n))], {
        'ppt/media/photo.jpeg': [picture, { level: 0 }],
      });
      expect(localHeaderOffset(pictureFirst, '[Content_Types].xml')).toBeGreaterThan(SNIFF_HEAD_BYTES);
      expect(await sniffFileType(head(pictureFirst), 'deck.pptx')).toMatchObject({ kind: 'pptx' });
    });

    it('tells nothing office-like from a plain zip', () => {
      expect(officeTypeFromZipHead(zipSync({ 'notes/a.txt': strToU8('hello') }))).toBeUndefined();
      expect(officeTypeFromZipHead(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<w/>') }))).toBe('xlsx');
    });
  });

  it('recognises images, stored but not analysed', async () => {
    expect(await sniffFileType(png, 'diagram.png')).toEqual({ kind: 'image', mime: 'image/png', extension: 'png', analysable: false });
    expect(await sniffFileType(jpeg, 'photo.JPEG')).toEqual({ kind: 'image', mime: 'image/jpeg', extension: 'jpg', analysable: false });
    expect(await sniffFileType(gif, 'anim.gif')).toMatchObject({ kind: 'image', mime: 'image/gif' });
    expect(await sniffFileType(webp, 'board.webp')).toMatchObject({ kind: 'image', mime: 'image/webp' });
    expect(await sniffFileType(heic, 'IMG_1234.HEIC')).toMatchObject({ kind: 'image', mime: 'image/heic', extension: 'heic' });
  });

  describe('extensions that contradict the content', () => {
    it('refuses a real format under another format\'s name', async () => {
      const pdf = await makePdf(['x']);
      const docx = await makeDocx(['x']);
      expect(await rejection(sniffFileType(head(pdf), 'notes.docx'))).toBe('FILE_TYPE_MISMATCH');
      expect(await rejection(sniffFileType(head(docx), 'notes.pdf'))).toBe('FILE_TYPE_MISMATCH');
      expect(await rejection(sniffFileType(head(docx), 'notes.pptx'))).toBe('FILE_TYPE_MISMATCH');
      expect(await rejection(sniffFileType(png, 'notes.pdf'))).toBe('FILE_TYPE_MISMATCH');
      expect(await rejection(sniffFileType(head(pdf), 'notes.txt'))).toBe('FILE_TYPE_MISMATCH');
      expect(await rejection(sniffFileType(head(pdf), 'notes.exe'))).toBe('FILE_TYPE_MISMATCH');
    });

    it('refuses an executable, a plain zip or an HTML page named .pdf', async () => {
      expect(await rejection(sniffFileType(exe, 'x.pdf'))).toBe('FILE_TYPE_UNSUPPORTED');
      expect(await rejection(sniffFileType(zipSync({ 'a.txt': strToU8('hello') }), 'x.pdf'))).toBe('FILE_TYPE_UNSUPPORTED');
      expect(await rejection(sniffFileType(zipSync({ 'a.txt': strToU8('hello') }), 'x.docx'))).toBe('FILE_TYPE_UNSUPPORTED');
      expect(await rejection(sniffFileType(html, 'x.pdf'))).toBe('FILE_TYPE_MISMATCH');
    });

    it('refuses unsupported formats whatever their name', async () => {
      expect(await rejection(sniffFileType(exe, 'setup.exe'))).toBe('FILE_TYPE_UNSUPPORTED');
      expect(await rejection(sniffFileType(html, 'page.html'))).toBe('FILE_TYPE_UNSUPPORTED');
      expect(await rejection(sniffFileType(bytes('a,b\n1,2\n'), 'grades.csv'))).toBe('FILE_TYPE_UNSUPPORTED');
      expect(await rejection(sniffFileType(cfbHeader, 'old.doc'))).toBe('FILE_TYPE_UNSUPPORTED');
      const xlsx = zipSync({
        '[Content_Types].xml': strToU8('<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'),
        'xl/workbook.xml': strToU8('<workbook/>'),
      });
      expect(await rejection(sniffFileType(xlsx, 'grades.xlsx'))).toBe('FILE_TYPE_UNSUPPORTED');
    });

    it('reports a password-protected Word or PowerPoint file as encrypted', async () => {
      const encrypted = new Uint8Array(Buffer.concat([cfbHeader, Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(64)]));
      expect(await rejection(sniffFileType(encrypted, 'protected.docx'))).toBe('FILE_ENCRYPTED');
    });
  });

  it('refuses empty files', async () => {
    expect(await rejection(sniffFileType(new Uint8Array(0), 'notes.pdf'))).toBe('FILE_EMPTY');
    expect(await rejection(sniffFileType(new Uint8Array(0), 'notes.txt'))).toBe('FILE_EMPTY');
    expect(await rejection(sniffFileType(bytes('efbbbf', 'hex'), 'notes.txt'))).toBe('FILE_EMPTY');
  });

  describe('text and Markdown', () => {
    it('accepts UTF-8 with or without a BOM under .txt, .md and .markdown', async () => {
      const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Résumé du cours — Größe, niño')]);
      expect(await sniffFileType(withBom, 'résumé.txt')).toEqual({ kind: 'text', mime: 'text/plain', extension: 'txt', analysable: true });
      expect(await sniffFileType(bytes('# Titre\n\n- élève', 'utf8'), 'README.md')).toEqual({ kind: 'markdown', mime: 'text/markdown', extension: 'md', analysable: true });
      expect(await sniffFileType(bytes('# Kapitel', 'utf8'), 'notes.Markdown')).toMatchObject({ kind: 'markdown' });
    });

    it('accepts a multi-byte character cut at the 64 KiB boundary', async () => {
      const text = Buffer.from('é'.repeat(SNIFF_HEAD_BYTES), 'utf8'); // 2 bytes per character
      const cut = text.subarray(0, SNIFF_HEAD_BYTES - 1); // ends with the first byte of an 'é'
      expect(cut[cut.length - 1]).toBe(0xc3);
      expect(await sniffFileType(cut, 'accents.txt')).toMatchObject({ kind: 'text' });
      const emoji = Buffer.from('🎓'.repeat(SNIFF_HEAD_BYTES / 4 + 1), 'utf8').subarray(0, SNIFF_HEAD_BYTES - 2);
      expect(await sniffFileType(emoji, 'emoji.md')).toMatchObject({ kind: 'markdown' });
    });

    it('keeps text whose first letters happen to look like a signature', async () => {
      expect(await sniffFileType(bytes('MZ: notes on the Mazda engine\n'), 'cars.txt')).toMatchObject({ kind: 'text' });
    });

    it('takes Windows-1252 notes from older editors as text', async () => {
      expect(await sniffFileType(bytes('caf\xe9 cr\xe8me \x96 \x80 12\r\n'), 'windows.txt')).toMatchObject({ kind: 'text' });
    });

    it('refuses binary content under a text name', async () => {
      expect(await rejection(sniffFileType(new Uint8Array([0x68, 0x69, 0x00, 0x01, 0xff, 0x10]), 'data.txt'))).toBe('FILE_TYPE_MISMATCH');
      expect(await rejection(sniffFileType(new Uint8Array([0x68, 0x69, 0xe9, 0x1b, 0x5b]), 'escape.txt'))).toBe('FILE_TYPE_MISMATCH');
      expect(await rejection(sniffFileType(new Uint8Array([0x68, 0x69, 0x81, 0x20, 0x61]), 'undefined-byte.txt'))).toBe('FILE_TYPE_MISMATCH');
      expect(await rejection(sniffFileType(bytes('ok\x00ok'), 'nul.md'))).toBe('FILE_TYPE_MISMATCH');
      expect(await rejection(sniffFileType(exe, 'virus.txt'))).toBe('FILE_TYPE_UNSUPPORTED');
    });

    it('never takes text without a text extension', async () => {
      expect(await rejection(sniffFileType(bytes('Just some notes', 'utf8'), 'notes.pdf'))).toBe('FILE_TYPE_MISMATCH');
      expect(await rejection(sniffFileType(bytes('Just some notes', 'utf8'), 'notes'))).toBe('FILE_TYPE_UNSUPPORTED');
    });
  });
});

describe('extensionOf', () => {
  it('takes the last extension of the base name, lower-cased', () => {
    expect(extensionOf('Cours.Final.PDF')).toBe('pdf');
    expect(extensionOf('C:\\Users\\me\\notes.md')).toBe('md');
    expect(extensionOf('dir.v2/README')).toBe('');
    expect(extensionOf('.bashrc')).toBe('');
    expect(extensionOf('trailing.pdf. ')).toBe('pdf');
  });
});
