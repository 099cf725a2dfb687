// Decompression bombs for the extraction budget (issue 14): PDFs whose streams expand to a GiB
// through every filter pdf.js decodes, and a PPTX whose slide XML does. All are built in well
// under a second without ever holding the expanded bytes: a fully flushed deflate segment of about
// 1 MiB is byte-aligned and references nothing before it, so it can simply be repeated.
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { Zip, ZipDeflate, strToU8, type ZipInputFile } from 'fflate';
import { PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, StandardFonts } from 'pdf-lib';
import { PASSWORD_PADDING, rc4, revision6Hash } from '../../src/domain/files/extract/pdf-decryption';

const MiB = 1024 * 1024;

/** `unit` repeated to about 1 MiB (a whole number of units). */
function mebibyteOf(unit: string): Buffer {
  return Buffer.from(unit.repeat(Math.ceil(MiB / unit.length)), 'latin1');
}

/** Raw deflate (RFC 1951) of `mib` copies of `chunk`, ending in a final empty block. */
function rawDeflateRepeated(chunk: Buffer, mib: number): Buffer {
  const segment = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array<Buffer>(mib).fill(segment), Buffer.from([0x03, 0x00])]);
}

/**
 * FlateDecode data (zlib wrapper) expanding to about `mib` MiB of `unit`. The Adler-32 is left
 * zero: pdf.js never checks it, and it would cost hashing the whole expansion.
 */
export function flateBomb(mib: number, unit = '0 0 m '): Buffer {
  return Buffer.concat([Buffer.from([0x78, 0xda]), rawDeflateRepeated(mebibyteOf(unit), mib), Buffer.alloc(4)]);
}

/**
 * Like flateBomb, but the first block copies 258 bytes from before the start of the output: zlib
 * and fflate stop there ("invalid distance too far back"); pdf.js reads zeros and carries on.
 */
export function flateBombWithInvalidStart(mib: number): Buffer {
  // Fixed-Huffman block, not final: header bits 0,1,0; length code 285 (8 bits 11000101, = 258);
  // distance code 0 (5 bits 00000, = 1); end of block (7 bits 0). Then an empty stored block
  // (3 header bits, pad to the byte, LEN 0, NLEN 0xffff) so the segments start byte-aligned.
  const bits: number[] = [0, 1, 0];
  for (const b of '11000101') bits.push(Number(b));
  bits.push(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  bits.push(0, 0, 0);
  while (bits.length % 8) bits.push(0);
  const head = Buffer.alloc(bits.length / 8);
  bits.forEach((bit, i) => (head[i >> 3]! |= bit << (i & 7)));
  const body = rawDeflateRepeated(mebibyteOf('0 0 m '), mib);
  return Buffer.concat([Buffer.from([0x78, 0xda]), head, Buffer.from([0, 0, 0xff, 0xff]), body, Buffer.alloc(4)]);
}

/**
 * LZWDecode data (EarlyChange 1) expanding to about `mib` MiB of "a": codes 258…4095 build ever
 * longer runs, then code 4095 (3,839 bytes) repeats, 12 bits each.
 */
export function lzwBomb(mib: number): Buffer {
  const out: number[] = [];
  let acc = 0;
  let accBits = 0;
  let codeLength = 9;
  let nextCode = 258;
  const emit = (code: number) => {
    acc = (acc << codeLength) | code;
    accBits += codeLength;
    while (accBits >= 8) {
      out.push((acc >>> (accBits - 8)) & 0xff);
      accBits -= 8;
    }
    acc &= (1 << accBits) - 1;
  };
  // The decoder's side: every code after the first adds an entry and may widen the next code.
  const added = () => {
    nextCode++;
    const n = nextCode + 1;
    if ((n & (n - 1)) === 0) codeLength = Math.min(Math.log2(n) + 1, 12);
  };
  emit(0x61);
  let produced = 1;
  for (let code = 258; code <= 4095; code++) {
    emit(code);
    added();
    produced += code - 256;
  }
  while (produced < mib * MiB) {
    emit(4095);
    added();
    produced += 4095 - 256;
  }
  emit(257);
  if (accBits > 0) out.push((acc << (8 - accBits)) & 0xff);
  return Buffer.from(out);
}

export function asciiHex(data: Buffer): Buffer {
  return Buffer.from(`${data.toString('hex')}>`, 'latin1');
}

export function ascii85(data: Buffer): Buffer {
  const out = Buffer.alloc(Math.ceil(data.length / 4) * 5 + 2);
  let o = 0;
  for (let i = 0; i < data.length; i += 4) {
    const n = Math.min(4, data.length - i);
    let v = n === 4 ? data.readUInt32BE(i) : Buffer.concat([data.subarray(i), Buffer.alloc(4 - n)]).readUInt32BE(0);
    if (v === 0 && n === 4) {
      out[o++] = 0x7a; // 'z'
      continue;
    }
    const digits = [0, 0, 0, 0, 0];
    for (let k = 4; k >= 0; k--, v = Math.floor(v / 85)) digits[k] = 0x21 + (v % 85);
    for (let k = 0; k <= n; k++) out[o++] = digits[k]!;
  }
  out.write('~>', o, 'latin1');
  return out.subarray(0, o + 2);
}

/** jbig2: the same bytes labelled JBIG2Decode, an image codec whose output can't be measured before pdf.js. */
export type PdfBombFilter = 'flate' | 'flate-invalid-start' | 'flate-flate' | 'hex-flate' | 'a85-flate' | 'lzw' | 'jbig2';

export type PdfBombOptions = {
  /** How far the stream expands (about), in MiB. Default 1024. */
  mib?: number;
  filter?: PdfBombFilter;
  /**
   * content: a second content stream of the page (read as text);
   * image-labelled-content: the same stream, but its dictionary says /Subtype /Image;
   * image: a real image XObject the page draws (never decoded for text).
   */
  as?: 'content' | 'image-labelled-content' | 'image';
  /** exact: the /Length pdf-lib writes; short: a /Length of 10; none: no /Length at all. */
  length?: 'exact' | 'short' | 'none';
};

function encoded(filter: PdfBombFilter, mib: number): { data: Buffer; filters: string[] } {
  switch (filter) {
    case 'flate':
      return { data: flateBomb(mib), filters: ['FlateDecode'] };
    case 'flate-invalid-start':
      return { data: flateBombWithInvalidStart(mib), filters: ['FlateDecode'] };
    case 'flate-flate':
      return { data: deflateSync(flateBomb(mib), { level: 9 }), filters: ['FlateDecode', 'FlateDecode'] };
    case 'hex-flate':
      return { data: asciiHex(flateBomb(mib)), filters: ['ASCIIHexDecode', 'FlateDecode'] };
    case 'a85-flate':
      return { data: ascii85(flateBomb(mib)), filters: ['ASCII85Decode', 'FlateDecode'] };
    case 'lzw':
      return { data: lzwBomb(mib), filters: ['LZWDecode'] };
    case 'jbig2':
      return { data: flateBomb(mib), filters: ['JBIG2Decode'] };
  }
}

/**
 * A valid one-page PDF that shows "Hello" and holds a stream expanding to about `mib` MiB. pdf-lib
 * writes it with object streams, so the page dictionary itself is compressed.
 */
export async function makePdfBomb(options: PdfBombOptions = {}): Promise<Uint8Array> {
  return bombPdf(options, true);
}

async function bombPdf(options: PdfBombOptions, useObjectStreams: boolean): Promise<Uint8Array> {
  const { mib = 1024, filter = 'flate', as = 'content', length = 'exact' } = options;
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  page.drawText('Hello', { x: 72, y: 770, size: 12, font });
  const { data, filters } = encoded(filter, mib);
  const dict: Record<string, string | number | string[]> = { Filter: filters.length === 1 ? filters[0]! : filters, Length: data.length };
  if (as === 'image') {
    const side = Math.ceil(Math.sqrt(mib * MiB));
    Object.assign(dict, { Type: 'XObject', Subtype: 'Image', Width: side, Height: side, ColorSpace: 'DeviceGray', BitsPerComponent: 8 });
    const image = doc.context.register(PDFRawStream.of(doc.context.obj(dict), data));
    page.node.setXObject(PDFName.of('Im1'), image);
    const draw = Buffer.from('q 100 0 0 100 72 600 cm /Im1 Do Q');
    page.node.addContentStream(doc.context.register(PDFRawStream.of(doc.context.obj({ Length: draw.length }), draw)));
  } else {
    if (as === 'image-labelled-content') Object.assign(dict, { Type: 'XObject', Subtype: 'Image', Width: 1, Height: 1 });
    page.node.addContentStream(doc.context.register(PDFRawStream.of(doc.context.obj(dict), data)));
  }
  const pdf = Buffer.from(await doc.save({ useObjectStreams }));
  if (length === 'exact') return new Uint8Array(pdf);
  // Same width, so the cross-reference offsets stay right.
  const declared = `/Length ${data.length}`;
  const at = pdf.indexOf(declared);
  if (at < 0) throw new Error('makePdfBomb: /Length not found');
  pdf.write((length === 'short' ? '/Length 10' : '').padEnd(declared.length, ' '), at, 'latin1');
  return new Uint8Array(pdf);
}

const md5 = (...parts: Uint8Array[]) => {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};

/**
 * makePdfBomb's PDF, encrypted so that it opens without a password (as PDFs that only restrict
 * printing or copying do): revision 3 is RC4 with a 128-bit key, 4 AES-128, 6 AES-256. Streams
 * are encrypted; strings are left as they are (no text of these files lives in one).
 */
export async function makeEncryptedPdfBomb(revision: 3 | 4 | 6, options: PdfBombOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await bombPdf(options, false), { updateMetadata: false });
  const { context } = doc;
  const id = randomBytes(16);
  const P = -3904;
  let encrypt: Record<string, unknown>;
  let encryptStream: (num: number, gen: number, data: Uint8Array) => Uint8Array;
  if (revision === 3 || revision === 4) {
    const O = randomBytes(32); // only an owner password would need it to be derived
    const p = Buffer.alloc(4);
    p.writeInt32LE(P);
    let key = md5(PASSWORD_PADDING, O, p, id);
    for (let i = 0; i < 50; i++) key = md5(key.subarray(0, 16));
    const fileKey = key.subarray(0, 16);
    let u = rc4(fileKey, md5(PASSWORD_PADDING, id));
    for (let i = 1; i <= 19; i++) u = rc4(fileKey.map((b) => b ^ i), u);
    const entries = { Filter: 'Standard', Length: 128, P, O: PDFHexString.of(Buffer.from(O).toString('hex')), U: PDFHexString.of(Buffer.concat([u, Buffer.alloc(16)]).toString('hex')) };
    const objectKey = (num: number, gen: number, salt: number[]) =>
      md5(fileKey, new Uint8Array([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, gen >> 8, ...salt])).subarray(0, 16);
    if (revision === 3) {
      encrypt = { ...entries, V: 2, R: 3 };
      encryptStream = (num, gen, data) => rc4(objectKey(num, gen, []), data);
    } else {
      encrypt = { ...entries, V: 4, R: 4, CF: { StdCF: { CFM: 'AESV2', AuthEvent: 'DocOpen', Length: 16 } }, StmF: 'StdCF', StrF: 'Identity' };
      encryptStream = (num, gen, data) => {
        const iv = randomBytes(16);
        const cipher = createCipheriv('aes-128-cbc', objectKey(num, gen, [0x73, 0x41, 0x6c, 0x54]), iv);
        return Buffer.concat([iv, cipher.update(data), cipher.final()]);
      };
    }
  } else {
    const fileKey = randomBytes(32);
    const validationSalt = randomBytes(8);
    const keySalt = randomBytes(8);
    const empty = new Uint8Array(0);
    const U = Buffer.concat([revision6Hash(empty, validationSalt, empty), validationSalt, keySalt]);
    const wrap = createCipheriv('aes-256-cbc', revision6Hash(empty, keySalt, empty), Buffer.alloc(16)).setAutoPadding(false);
    const UE = Buffer.concat([wrap.update(fileKey), wrap.final()]);
    const hex = (b: Uint8Array) => PDFHexString.of(Buffer.from(b).toString('hex'));
    encrypt = {
      Filter: 'Standard',
      V: 5,
      R: 6,
      Length: 256,
      P,
      CF: { StdCF: { CFM: 'AESV3', AuthEvent: 'DocOpen', Length: 32 } },
      StmF: 'StdCF',
      StrF: 'Identity',
      O: hex(randomBytes(48)),
      OE: hex(randomBytes(32)),
      U: hex(U),
      UE: hex(UE),
      Perms: hex(randomBytes(16)),
    };
    encryptStream = (_num, _gen, data) => {
      const iv = randomBytes(16);
      const cipher = createCipheriv('aes-256-cbc', fileKey, iv);
      return Buffer.concat([iv, cipher.update(data), cipher.final()]);
    };
  }
  for (const [ref, obj] of context.enumerateIndirectObjects()) {
    if (obj instanceof PDFRawStream) {
      const data = encryptStream(ref.objectNumber, ref.generationNumber, obj.contents);
      obj.dict.set(PDFName.of('Length'), PDFNumber.of(data.length));
      context.assign(ref, PDFRawStream.of(obj.dict, data));
    }
  }
  context.trailerInfo.Encrypt = context.register(context.obj(encrypt as never));
  context.trailerInfo.ID = context.obj([PDFHexString.of(id.toString('hex')), PDFHexString.of(id.toString('hex'))]);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

// ---------------------------------------------------------------------------------------------

const PPTX_CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/><Override PartName="/ppt/slides/slide1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/></Types>';
const PPTX_PRESENTATION =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst></p:presentation>';
const PPTX_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide1.xml"/></Relationships>';
const SLIDE_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p>';
const SLIDE_TAIL = '</a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>';

/**
 * A PPTX (content types, presentation, its relationships, one slide) whose slide XML inflates to
 * about `mib` MiB of `<a:t>x</a:t>` runs, with honest sizes and CRC in its headers. Written with
 * fflate's streaming Zip; the slide's deflate data is the repeated segment, passed through as is.
 */
export function makePptxBomb(mib = 1024): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  const small = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 9 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  small('[Content_Types].xml', PPTX_CONTENT_TYPES);
  small('ppt/presentation.xml', PPTX_PRESENTATION);
  small('ppt/_rels/presentation.xml.rels', PPTX_RELS);

  const head = Buffer.from(SLIDE_HEAD);
  const runs = mebibyteOf('<a:t>x</a:t>');
  const tail = Buffer.from(SLIDE_TAIL);
  const segment = (b: Buffer) => deflateRawSync(b, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  let crc = crc32(head);
  for (let i = 0; i < mib; i++) crc = crc32(runs, crc);
  crc = crc32(tail, crc);
  const slide: ZipInputFile = {
    filename: 'ppt/slides/slide1.xml',
    size: head.length + mib * runs.length + tail.length,
    crc,
    compression: 8,
  };
  zip.add(slide);
  slide.ondata!(null, segment(head), false);
  const middle = segment(runs);
  for (let i = 0; i < mib; i++) slide.ondata!(null, middle, false);
  slide.ondata!(null, Buffer.concat([segment(tail), Buffer.from([0x03, 0x00])]), true);
  zip.end();
  return new Uint8Array(Buffer.concat(chunks));
}
