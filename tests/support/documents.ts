// Course-file makers for unit, integration and browser tests and the benchmark: real PDF, DOCX and
// PPTX files produced by the libraries students' tools resemble, plus hostile variants
// (encrypted, corrupt, truncated, zip bomb). Everything is built in memory, deterministically.
import { createHash, randomBytes } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFString,
  StandardFonts,
  type PDFFont,
  type PDFObject,
} from 'pdf-lib';
import PptxGenJS from 'pptxgenjs';
import { PASSWORD_PADDING, rc4 } from '@/domain/files/extract/pdf-decryption';

// ---------------------------------------------------------------------------------------------
// Text

const VOCABULARY = (
  'the lecture covers theorem proof example exercise chapter summary notes exam revision ' +
  'le cours présente une démonstration élève réponse équation différentielle ' +
  'die Vorlesung behandelt Übung Prüfung Größe Straße Lösung ' +
  'la clase explica niño señor pregunta lección página apuntes'
).split(' ');

/** One short text per language the app supports, with the accents and punctuation that break naive code. */
export const FOUR_LANGUAGES = [
  'English: the students’ “quick” review — a 10 € fee.',
  'Français : l’élève a réussi l’épreuve ; cœur, où, garçon, Noël.',
  'Deutsch: Größe, Straße, Übung, Ärger, Öl.',
  'Español: ¿Qué tal, señor? ¡El niño ganó!',
];

/** Deterministic pseudo-random prose in English, French, German and Spanish (accents included). */
export function sampleProse(words: number, seed = 1): string {
  let state = seed >>> 0 || 1;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(VOCABULARY[state % VOCABULARY.length]!);
  }
  return out.join(' ');
}

// ---------------------------------------------------------------------------------------------
// PDF

const PAGE = { width: 595.28, height: 841.89, margin: 56 }; // A4, 2 cm margins

/** Helvetica only encodes WinAnsi: keep what it can draw, strip accents it can't, '?' for the rest. */
function toWinAnsi(text: string, charset: Set<number>): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\t') out += ' ';
    else if (charset.has(cp)) out += ch;
    else {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += base && [...base].every((c) => charset.has(c.codePointAt(0)!)) ? base : '?';
    }
  }
  return out;
}

function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      // A single word wider than the line is broken by characters.
      line = '';
      for (const ch of word) {
        if (font.widthOfTextAtSize(line + ch, size) > maxWidth && line) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
    }
    lines.push(line);
  }
  return lines;
}

async function buildPdf(pages: string[], useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('CourseFlow test document');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const charset = new Set(font.getCharacterSet());
  const maxWidth = PAGE.width - 2 * PAGE.margin;
  const maxHeight = PAGE.height - 2 * PAGE.margin;
  for (const text of pages) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    const clean = toWinAnsi(text, charset);
    // One string is one page: shrink the type until the text fits (down to 6 pt).
    let size = 11;
    let lines = wrap(clean, font, size, maxWidth);
    while (size > 6 && lines.length * size * 1.3 > maxHeight) {
      size -= 1;
      lines = wrap(clean, font, size, maxWidth);
    }
    lines.forEach((line, i) => {
      if (line) page.drawText(line, { x: PAGE.margin, y: PAGE.height - PAGE.margin - (i + 1) * size * 1.3, size, font });
    });
  }
  return doc.save({ useObjectStreams });
}

/** A text PDF with one page per string (Helvetica/WinAnsi; unsupported characters are replaced, never thrown). */
export async function makePdf(pages: string[]): Promise<Uint8Array> {
  return buildPdf(pages, true);
}

const md5 = (...parts: Uint8Array[]) => {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return h.digest();
};
const padPassword = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PADDING]).subarray(0, 32);
const xorKey = (key: Uint8Array, i: number) => key.map((b) => b ^ i);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** Standard Security Handler, revision 3 (RC4, 128-bit key): algorithms 2, 3 and 5 of ISO 32000-1 §7.6.3. */
function standardSecurity(userPassword: string, ownerPassword: string, id: Uint8Array, permissions: number) {
  const n = 16;
  let ownerKey = md5(padPassword(ownerPassword));
  for (let i = 0; i < 50; i++) ownerKey = md5(ownerKey);
  let o = rc4(ownerKey, padPassword(userPassword));
  for (let i = 1; i <= 19; i++) o = rc4(xorKey(ownerKey, i), o);

  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  let fileKey = md5(padPassword(userPassword), o, p, id);
  for (let i = 0; i < 50; i++) fileKey = md5(fileKey.subarray(0, n));
  fileKey = fileKey.subarray(0, n);

  let u = rc4(fileKey, md5(PASSWORD_PADDING, id));
  for (let i = 1; i <= 19; i++) u = rc4(xorKey(fileKey, i), u);
  return { o, u: Buffer.concat([u, Buffer.alloc(16)]), fileKey };
}

function objectKey(fileKey: Uint8Array, objectNumber: number, generation: number): Uint8Array {
  const suffix = Buffer.from([objectNumber & 0xff, (objectNumber >> 8) & 0xff, (objectNumber >> 16) & 0xff, generation & 0xff, (generation >> 8) & 0xff]);
  return md5(fileKey, suffix).subarray(0, Math.min(fileKey.length + 5, 16));
}

function encryptStrings(obj: PDFObject, key: Uint8Array): PDFObject {
  if (obj instanceof PDFString || obj instanceof PDFHexString) return PDFHexString.of(hex(rc4(key, obj.asBytes())));
  if (obj instanceof PDFArray) {
    for (let i = 0; i < obj.size(); i++) obj.set(i, encryptStrings(obj.get(i), key));
  } else if (obj instanceof PDFDict) {
    for (const [name, value] of obj.entries()) obj.set(name, encryptStrings(value, key));
  }
  return obj;
}

/**
 * A PDF encrypted with the RC4 128-bit Standard Security Handler and a non-empty user password,
 * so readers must ask for the password. Every string and stream is really encrypted: with the
 * password, pdf.js reads the same text as `makePdf(pages)`.
 */
export async function makeEncryptedPdf(pages: string[], userPassword = 'correct horse', ownerPassword = 'owner battery'): Promise<Uint8Array> {
  if (!userPassword) throw new Error('makeEncryptedPdf needs a non-empty user password');
  const doc = await PDFDocument.load(await buildPdf(pages, false), { updateMetadata: false });
  const { context } = doc;
  const id = randomBytes(16);
  const permissions = -3904; // print and copy allowed; the password is what matters here
  const { o, u, fileKey } = standardSecurity(userPassword, ownerPassword, id, permissions);

  for (const [ref, obj] of context.enumerateIndirectObjects()) {
    const key = objectKey(fileKey, ref.objectNumber, ref.generationNumber);
    if (obj instanceof PDFRawStream) {
      encryptStrings(obj.dict, key);
      context.assign(ref, PDFRawStream.of(obj.dict, rc4(key, obj.contents)));
    } else {
      context.assign(ref, encryptStrings(obj, key));
    }
  }
  // Registered after the loop: the Encrypt dictionary's own strings are never encrypted.
  context.trailerInfo.Encrypt = context.register(
    context.obj({
      Filter: PDFName.of('Standard'),
      V: PDFNumber.of(2),
      R: PDFNumber.of(3),
      Length: PDFNumber.of(128),
      P: PDFNumber.of(permissions),
      O: PDFHexString.of(hex(o)),
      U: PDFHexString.of(hex(u)),
    }),
  );
  context.trailerInfo.ID = context.obj([PDFHexString.of(hex(id)), PDFHexString.of(hex(id))]);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

/**
 * A small, valid PDF whose one page draws "Hello" and then has a second content stream that
 * inflates (FlateDecode) to `inflatedMb` MiB of spaces: a decompression bomb inside a PDF.
 */
export async function makePdfStreamBomb(inflatedMb = 1024): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([PAGE.width, PAGE.height]);
  page.drawText('Hello', { x: PAGE.margin, y: PAGE.height - PAGE.margin, size: 12, font });
  const segment = deflateRawSync(Buffer.alloc(1 << 20, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  // zlib wrapper (FlateDecode) around repeated full-flush segments; readers ignore the Adler-32 here.
  const data = Buffer.concat([Buffer.from([0x78, 0x9c]), ...Array<Buffer>(inflatedMb).fill(segment), Buffer.from([0x03, 0x00, 0, 0, 0, 1])]);
  const stream = PDFRawStream.of(doc.context.obj({ Filter: 'FlateDecode', Length: data.length }), data);
  page.node.addContentStream(doc.context.register(stream));
  return doc.save();
}

/** Starts like a PDF (so sniffing says PDF) but has no readable structure. */
export function makeCorruptPdf(): Uint8Array {
  const body = ['%PDF-1.7', '%\u00e2\u00e3\u00cf\u00d3', '1 0 obj', '<< /Type /Catal', 'garbage \u0000\u0001\u0002 not a pdf object', 'xref', 'nonsense', '%%EOF', ''].join('\n');
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

// ---------------------------------------------------------------------------------------------
// Office documents

/** A Word document (written by the `docx` package) with one paragraph per string. */
export async function makeDocx(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'CourseFlow tests',
    sections: [{ children: paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A Word document of `count` one-run paragraphs of `text(i)`, its document.xml written directly (fast at megabytes). */
export async function makeLongDocx(count: number, text: (i: number) => string): Promise<Uint8Array> {
  const files = unzipSync(await makeDocx(['x']));
  const body = Array.from({ length: count }, (_, i) => `<w:p><w:r><w:t>${text(i)}</w:t></w:r></w:p>`).join('');
  files['word/document.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zipSync(files);
}

/** A PowerPoint deck (written by pptxgenjs): one slide per array, one paragraph per string. */
export async function makePptx(slides: string[][]): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  for (const paragraphs of slides) {
    const slide = pptx.addSlide();
    if (paragraphs.length === 0) continue;
    slide.addText(
      paragraphs.map((text) => ({ text, options: { breakLine: true } })),
      { x: 0.5, y: 0.5, w: 9, h: 4.5, fontSize: 18 },
    );
  }
  const out = await pptx.write({ outputType: 'nodebuffer' });
  return new Uint8Array(out as Buffer);
}

type RawZipEntry = { name: string; method: 0 | 8; data: Uint8Array; crc: number; declaredSize: number };

/** A minimal zip writer that writes whatever sizes it is told to: enough to build hostile archives. */
function writeZip(entries: RawZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(0x00210000, 10); // DOS time/date: 1980-01-01
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength));
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

function deflated(name: string, text: string): RawZipEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, method: 8, data: deflateRawSync(data), crc: crc32(data), declaredSize: data.length };
}

/**
 * A DOCX-looking zip (content types, relationships, word/document.xml) whose document.xml
 * inflates to `inflatedMb` MiB (default 320) of XML whitespace while the file stays around 330 KB.
 * The headers lie: they declare a 4 KiB document. Built in milliseconds by repeating one
 * byte-aligned, fully-flushed deflate segment.
 */
export function makeDocxZipBomb(inflatedMb = 320): Uint8Array {
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
  );
  const mib = Buffer.alloc(1 << 20, 0x20);
  head.copy(mib);
  const first = deflateRawSync(mib, { finishFlush: constants.Z_FULL_FLUSH });
  const filler = deflateRawSync(Buffer.alloc(1 << 20, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  const end = Buffer.from([0x03, 0x00]); // final, empty fixed-Huffman block
  const data = Buffer.concat([first, ...Array<Buffer>(inflatedMb - 1).fill(filler), end]);
  return writeZip([
    deflated(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    deflated(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    { name: 'word/document.xml', method: 8, data, crc: 0, declaredSize: 4096 },
  ]);
}

/** The first `fraction` (0..1) of the file, as an interrupted upload would leave it. */
export function makeTruncated(bytes: Uint8Array, fraction: number): Uint8Array {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError('fraction must be between 0 and 1');
  return bytes.slice(0, Math.floor(bytes.length * fraction));
}

/**
 * A PNG of `size` bytes (an image: stored, never analysed): the signature, a header chunk and one
 * data chunk filling the rest, which is all type detection reads.
 */
export function makeLargePng(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  view.setUint32(8, 13);
  bytes.set(Buffer.from('IHDR'), 12);
  view.setUint32(16, 4000);
  view.setUint32(20, 3000);
  bytes.set([8, 2, 0, 0, 0], 24);
  view.setUint32(33, size - 45);
  bytes.set(Buffer.from('IDAT'), 37);
  return bytes;
}
