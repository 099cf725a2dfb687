// The memory budget of a PDF, decided by its bytes before pdf.js sees them. pdf.js decodes a
// stream whole, synchronously, into one growing buffer, so nothing that watches memory from
// outside can stop a decompression bomb in time, and the outcome would depend on timing. Instead,
// every stream pdf.js may decode while reading text is measured here first: decoded in small
// steps through the same filters (pdf-stream-filters.ts), output counted and thrown away. One
// stream or the whole file over budget is FILE_TOO_COMPLEX, alone or in any batch.
//
// What pdf.js decodes for text: page contents, form XObjects, fonts, CMaps, object streams, xref
// streams. It never decodes image XObjects or embedded files for text, so those are skipped —
// unless something reads them as text anyway (a page's /Contents, a font file, a CMap pointing at
// a stream labelled /Image), which pdf.js would decode whatever the label says.
//
// Streams are found the way pdf.js finds them when its cross-reference table is broken: by every
// `N G obj` and every `stream` keyword in the file, including inside other streams' bytes. A
// stream is measured from its start until its filters end or the file does, whatever /Length
// says: pdf.js decodes at most that much from any length it settles on. A PDF encrypted but opening
// without a password (pdf-decryption.ts) is measured decrypted. The image codecs (DCT, JPX, CCITT,
// JBIG2) can't be measured here; the worker's deadline and heap limit (extraction-pool.ts) remain
// the last resort for those.
import { AppError } from '../../errors';
import { type StandardEncryption, type StreamDecryption, streamDecryption } from './pdf-decryption';
import { type PdfDict, PdfName, PdfObjectParser, PdfRef, PdfString, PdfSyntaxError, type PdfValue, isRegular, isWhiteSpace } from './pdf-objects';
import {
  AesStage,
  ArraySource,
  Ascii85Stage,
  AsciiHexStage,
  type ByteSource,
  FlateStage,
  LzwStage,
  type Meter,
  Rc4Stage,
  RunLengthStage,
  type Stage,
} from './pdf-stream-filters';

export type PdfStreamLimits = {
  /** Decoded bytes of one stream, all its filters' outputs together (pdf.js keeps each). */
  maxStreamBytes: number;
  /** Decoded bytes of every measured stream of the file together. */
  maxTotalBytes: number;
};

const MiB = 1024 * 1024;

// 64 MiB for one stream is several times the largest real text-bearing streams (a dense vector
// page, a full embedded CJK font: 10–30 MB), and pdf.js's doubling buffer turns it into at most
// ~192 MB for a moment. 256 MiB in all is far above a 1,000-page textbook's contents and fonts;
// two extraction threads each at that limit stay, with the app, under the 1 GB peak.
export const PDF_STREAM_LIMITS: PdfStreamLimits = { maxStreamBytes: 64 * MiB, maxTotalBytes: 256 * MiB };

/** Keys whose streams pdf.js reads as text or fonts, whatever their /Subtype says. */
const TEXT_KEYS = new Set(['Contents', 'FontFile', 'FontFile2', 'FontFile3', 'ToUnicode', 'Encoding', 'UseCMap', 'CharProcs']);

type Found = { num: number; gen: number; dict: PdfDict | null; dataStart: number };

const tooComplex = (why: string) => new AppError('FILE_TOO_COMPLEX', { cause: new Error(`pdf: ${why}`) });

const OBJ = Buffer.from('obj');
const STREAM = Buffer.from('stream');
const TRAILER = Buffer.from('trailer');

/** Where pdf.js starts a stream's data: after the end of the line that holds `stream` (Lexer.skipToNextLine). */
function dataStart(bytes: Uint8Array, afterKeyword: number): number {
  for (let p = afterKeyword; p < bytes.length; p++) {
    if (bytes[p] === 0x0d) return bytes[p + 1] === 0x0a ? p + 2 : p + 1;
    if (bytes[p] === 0x0a) return p + 1;
  }
  return bytes.length;
}

/** The object and generation numbers in `N G obj` ending just before `at`, or null. */
function objectNumberBefore(bytes: Uint8Array, at: number): { num: number; gen: number } | null {
  let p = at - 1;
  const skipSpace = () => {
    const from = p;
    while (p >= 0 && isWhiteSpace(bytes[p])) p--;
    return p < from;
  };
  const digits = () => {
    const end = p;
    while (p >= 0 && bytes[p]! >= 0x30 && bytes[p]! <= 0x39) p--;
    return end - p;
  };
  if (!skipSpace()) return null;
  const genEnd = p;
  if (digits() === 0 || genEnd - p > 5) return null;
  const gen = Number(Buffer.from(bytes.subarray(p + 1, genEnd + 1)).toString('latin1'));
  if (!skipSpace()) return null;
  const end = p;
  if (digits() === 0 || end - p > 10) return null;
  return { num: Number(Buffer.from(bytes.subarray(p + 1, end + 1)).toString('latin1')), gen };
}

function collectRefs(value: PdfValue, into: Set<number>): void {
  if (value instanceof PdfRef) into.add(value.num);
  else if (Array.isArray(value)) for (const v of value) collectRefs(v, into);
  else if (value instanceof Map) for (const v of value.values()) collectRefs(v, into);
}

/** Adds the refs under TEXT_KEYS anywhere inside `value`. */
function collectTextRefs(value: PdfValue, into: Set<number>): void {
  if (Array.isArray(value)) for (const v of value) collectTextRefs(v, into);
  else if (value instanceof Map) {
    for (const [k, v] of value) {
      if (TEXT_KEYS.has(k)) collectRefs(v, into);
      else collectTextRefs(v, into);
    }
  }
}

/**
 * Throws AppError FILE_TOO_COMPLEX when the streams pdf.js would decode for text from `bytes`
 * expand past `limits`. Otherwise returns how many streams it measured and their decoded bytes,
 * having held no more than a few chunks of them at a time.
 */
export function checkPdfStreams(bytes: Uint8Array, limits: PdfStreamLimits = PDF_STREAM_LIMITS): { streams: number; decodedBytes: number } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const objects = new Map<number, PdfValue>();
  const streamDicts = new Map<number, { num: number; gen: number; dict: PdfDict }>(); // by position of the `stream` keyword

  for (let i = buf.indexOf(OBJ); i !== -1; i = buf.indexOf(OBJ, i + 3)) {
    if (isRegular(bytes[i + 3])) continue;
    const id = objectNumberBefore(bytes, i);
    if (!id) continue;
    const parser = new PdfObjectParser(bytes, i + 3);
    try {
      const value = parser.object();
      parser.skipSpace();
      const at = parser.pos;
      if (value instanceof Map && parser.keyword('stream')) streamDicts.set(at, { ...id, dict: value });
      else objects.set(id.num, value);
    } catch (err) {
      if (!(err instanceof PdfSyntaxError)) throw err;
    }
  }

  const streams: Found[] = [];
  for (let i = buf.indexOf(STREAM); i !== -1; i = buf.indexOf(STREAM, i + 6)) {
    if (i >= 3 && buf.toString('latin1', i - 3, i) === 'end') continue;
    if (isRegular(bytes[i - 1]) || isRegular(bytes[i + 6])) continue;
    const known = streamDicts.get(i);
    streams.push({ num: known?.num ?? -1, gen: known?.gen ?? 0, dict: known?.dict ?? null, dataStart: dataStart(bytes, i + 6) });
  }

  let total = 0;
  const resolve = (v: PdfValue | undefined): PdfValue | undefined => (v instanceof PdfRef ? objects.get(v.num) : v);
  const nameOf = (v: PdfValue | undefined) => {
    const r = resolve(v);
    return r instanceof PdfName ? r.name : undefined;
  };

  const decryption = findDecryption(buf, streamDicts, resolve);

  /**
   * Decodes one stream through its filters, counting every stage's output; returns the last stage.
   * `asText`: pdf.js would parse the output (contents, forms, fonts, object streams), so an image
   * codec there, whose output can't be measured here, is refused rather than left to pdf.js.
   */
  function pipeline(found: Found, asText: boolean): Stage | undefined {
    let filters: PdfValue[];
    let params: PdfValue[] = [];
    if (found.dict) {
      const filter = resolve(found.dict.get('F') ?? found.dict.get('Filter'));
      const dp = resolve(found.dict.get('DP') ?? found.dict.get('DecodeParms'));
      filters = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
      params = Array.isArray(dp) && Array.isArray(filter) ? dp : [dp ?? null];
    } else {
      // A `stream` whose dictionary we couldn't read the way pdf.js might: measure it as Flate if it
      // starts like Flate (anything else fails at once in FlateStage's header check).
      filters = [new PdfName('FlateDecode')];
    }
    let streamBytes = 0;
    const meterFor = (copies: number): Meter => (n) => {
      streamBytes += n * copies;
      total += n * copies;
      if (streamBytes > limits.maxStreamBytes) throw tooComplex(`a stream decodes to more than ${limits.maxStreamBytes} bytes`);
      if (total > limits.maxTotalBytes) throw tooComplex(`streams decode to more than ${limits.maxTotalBytes} bytes in all`);
    };
    let source: ByteSource = new ArraySource(bytes, found.dataStart);
    let last: Stage | undefined;
    // Cross-reference streams are never encrypted; a stream we couldn't attribute can't be decrypted.
    if (decryption && found.num >= 0 && !(found.dict && nameOf(found.dict.get('Type')) === 'XRef')) {
      const key = decryption.key(found.num, found.gen);
      source = last = decryption.cipher === 'rc4' ? new Rc4Stage(source, meterFor(1), key) : new AesStage(source, meterFor(1), key);
    }
    for (const [i, f] of filters.entries()) {
      const name = nameOf(f);
      const p = resolve(params[i] ?? undefined);
      const parms = p instanceof Map ? p : undefined;
      // A predictor keeps its own copy of its filter's output in pdf.js.
      const predictor = parms && Number(resolve(parms.get('Predictor')) ?? 1) > 1 ? 2 : 1;
      let stage: Stage;
      switch (name) {
        case 'Fl':
        case 'FlateDecode':
          stage = new FlateStage(source, meterFor(predictor));
          break;
        case 'LZW':
        case 'LZWDecode': {
          const early = resolve(parms?.get('EarlyChange'));
          stage = new LzwStage(source, meterFor(predictor), typeof early === 'number' ? early : 1);
          break;
        }
        case 'A85':
        case 'ASCII85Decode':
          stage = new Ascii85Stage(source, meterFor(1));
          break;
        case 'AHx':
        case 'ASCIIHexDecode':
          stage = new AsciiHexStage(source, meterFor(1));
          break;
        case 'RL':
        case 'RunLengthDecode':
          stage = new RunLengthStage(source, meterFor(1));
          break;
        case 'DCT':
        case 'DCTDecode':
        case 'JPX':
        case 'JPXDecode':
        case 'CCF':
        case 'CCITTFaxDecode':
        case 'JBIG2Decode':
          if (asText) throw tooComplex(`an image codec (${name}) in a stream read as text`);
          return last; // measured up to here
        case undefined:
          return last; // an unreadable name: pdf.js fails on it
        default:
          continue; // pdf.js passes data through a filter it doesn't know
      }
      source = last = stage;
    }
    return last;
  }

  // Object streams first: the objects inside them (pages, fonts) say which streams are read as text.
  const isObjStm = (f: Found) => f.dict !== null && nameOf(f.dict.get('Type')) === 'ObjStm';
  for (const found of streams.filter(isObjStm)) {
    const last = pipeline(found, true);
    if (!last) continue;
    const decoded = readAll(last);
    const n = resolve(found.dict!.get('N'));
    const first = resolve(found.dict!.get('First'));
    if (typeof n !== 'number' || typeof first !== 'number') continue;
    const header = new PdfObjectParser(decoded, 0);
    try {
      for (let k = 0; k < Math.min(n, 1_000_000); k++) {
        const num = header.object();
        const offset = header.object();
        if (typeof num !== 'number' || typeof offset !== 'number') break;
        const parser = new PdfObjectParser(decoded, first + offset);
        try {
          objects.set(num, parser.object());
        } catch (err) {
          if (!(err instanceof PdfSyntaxError)) throw err;
        }
      }
    } catch (err) {
      if (!(err instanceof PdfSyntaxError)) throw err;
    }
  }

  const readAsText = new Set<number>();
  for (const value of objects.values()) collectTextRefs(value, readAsText);
  for (const { dict } of streamDicts.values()) collectTextRefs(dict, readAsText);
  for (const num of [...readAsText]) {
    const target = objects.get(num);
    if (Array.isArray(target)) collectRefs(target, readAsText); // /Contents 12 0 R naming an array of streams
  }

  let measured = 0;
  for (const found of streams) {
    if (isObjStm(found)) {
      measured++;
      continue;
    }
    if (found.dict && !readAsText.has(found.num)) {
      if (nameOf(found.dict.get('Subtype')) === 'Image' || nameOf(found.dict.get('Type')) === 'EmbeddedFile') continue;
    }
    const asText = readAsText.has(found.num) || (found.dict !== null && (nameOf(found.dict.get('Subtype')) === 'Form' || nameOf(found.dict.get('Type')) === 'XRef'));
    const last = pipeline(found, asText);
    if (!last) continue;
    last.count();
    measured++;
  }
  return { streams: measured, decodedBytes: total };
}

/** The encryption of the file (its newest trailer's /Encrypt), as pdf.js would apply it with no password. */
function findDecryption(buf: Buffer, streamDicts: Map<number, { dict: PdfDict }>, resolve: (v: PdfValue | undefined) => PdfValue | undefined): StreamDecryption {
  const trailers: [number, PdfDict][] = [];
  for (let i = buf.indexOf(TRAILER); i !== -1; i = buf.indexOf(TRAILER, i + 7)) {
    if (isRegular(buf[i + 7]) || isRegular(buf[i - 1])) continue;
    try {
      const value = new PdfObjectParser(buf, i + 7).object();
      if (value instanceof Map) trailers.push([i, value]);
    } catch (err) {
      if (!(err instanceof PdfSyntaxError)) throw err;
    }
  }
  for (const [at, { dict }] of streamDicts) if (dict.has('Encrypt')) trailers.push([at, dict]);
  const trailer = trailers
    .filter(([, d]) => d.has('Encrypt'))
    .sort((a, b) => a[0] - b[0])
    .at(-1)?.[1];
  if (!trailer) return null;
  const encrypt = resolve(trailer.get('Encrypt'));
  if (!(encrypt instanceof Map) || (resolve(encrypt.get('Filter')) as PdfName | undefined)?.name !== 'Standard') return null;
  const num = (key: string) => {
    const v = resolve(encrypt.get(key));
    return typeof v === 'number' ? v : undefined;
  };
  const bytesOf = (v: PdfValue | undefined) => (v instanceof PdfString ? v.bytes() : new Uint8Array(0));
  const V = num('V') ?? 0;
  const cf = resolve(encrypt.get('CF'));
  const stmF = resolve(encrypt.get('StmF'));
  const filter = cf instanceof Map && stmF instanceof PdfName ? resolve(cf.get(stmF.name)) : undefined;
  const method = filter instanceof Map ? resolve(filter.get('CFM')) : undefined;
  let lengthBits = num('Length') ?? (V <= 3 ? 40 : undefined);
  if (lengthBits === undefined) {
    const l = filter instanceof Map ? resolve(filter.get('Length')) : undefined;
    lengthBits = typeof l === 'number' ? (l < 40 ? l * 8 : l) : 128;
  }
  const enc: StandardEncryption = {
    V,
    R: num('R') ?? 0,
    lengthBits,
    O: bytesOf(resolve(encrypt.get('O'))),
    U: bytesOf(resolve(encrypt.get('U'))),
    UE: bytesOf(resolve(encrypt.get('UE'))),
    P: num('P') ?? 0,
    encryptMetadata: resolve(encrypt.get('EncryptMetadata')) !== false,
    streamMethod: method instanceof PdfName ? method.name : 'Identity',
  };
  const ids = resolve(trailer.get('ID'));
  const fileId = Array.isArray(ids) ? bytesOf(resolve(ids[0])) : new Uint8Array(0);
  try {
    return streamDecryption(enc, fileId);
  } catch {
    return null; // a malformed dictionary: pdf.js can't open the file either
  }
}

function readAll(stage: Stage): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let b = stage.getByte(); b !== -1; b = stage.getByte()) {
    // Object streams are small; byte by byte keeps Stage's interface to one method.
    if (length % 65536 === 0) chunks.push(new Uint8Array(65536));
    chunks[chunks.length - 1]![length % 65536] = b;
    length++;
  }
  const out = new Uint8Array(length);
  chunks.forEach((c, i) => out.set(c.subarray(0, Math.min(65536, length - i * 65536)), i * 65536));
  return out;
}

