// Zip-bomb-proof unzipping for DOCX and PPTX. The central directory says where entries are; how
// big they are is learned only by inflating them in small steps and counting the bytes that really
// come out, so lying headers, overlapping entries and quines all stop at the same limits.
import { Inflate } from 'fflate';
import { AppError } from '../../errors';

export type ZipLimits = {
  /** Total bytes inflated across all entries. */
  maxTotalBytes: number;
  /** Total bytes of the entries kept (returned), which are held in memory at once. */
  maxKeptBytes: number;
  /** Entries in the central directory. */
  maxEntries: number;
  /** Inflated:compressed ratio allowed for an entry once it has produced more than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
};

export const ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  // The XML parts we read (slides, document.xml): 64 MiB is ~2,000 dense pages of Word markup, and
  // mammoth's heap limit is reached long before. Media are inflated only to be counted. Without
  // it, a 1 MB slide at the 200:1 ratio limit would be held whole at 200 MB, per worker.
  maxKeptBytes: 64 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

// Small input steps bound the memory one step can produce (deflate peaks near 1032:1): ~4 MB.
const INPUT_STEP = 4 * 1024;

type Entry = { name: string; flags: number; method: number; compressedSize: number; localOffset: number };

const corrupt = (why: string) => new AppError('FILE_CORRUPT', { cause: new Error(`zip: ${why}`) });
const tooComplex = (why: string) => new AppError('FILE_TOO_COMPLEX', { cause: new Error(`zip: ${why}`) });

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  throw corrupt('no end of central directory (truncated or not a zip)');
}

function readBigUint(view: DataView, offset: number): number {
  const value = view.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt('64-bit value out of range');
  return Number(value);
}

function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) throw corrupt('too short');
  const eocd = findEndOfCentralDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) throw corrupt('zip64 locator missing');
    const zip64 = readBigUint(view, locator + 8);
    if (zip64 + 56 > bytes.length || view.getUint32(zip64, true) !== 0x06064b50) throw corrupt('zip64 record missing');
    count = readBigUint(view, zip64 + 32);
    cdSize = readBigUint(view, zip64 + 40);
    cdOffset = readBigUint(view, zip64 + 48);
  }
  if (count > limits.maxEntries) throw tooComplex(`${count} entries`);
  if (cdOffset + cdSize > bytes.length) throw corrupt('central directory out of bounds');

  const decoder = new TextDecoder('utf-8');
  const entries: Entry[] = [];
  for (let p = cdOffset; p < cdOffset + cdSize; ) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw corrupt('bad central directory entry');
    if (entries.length >= limits.maxEntries) throw tooComplex('more entries than declared');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength > bytes.length) throw corrupt('central directory entry out of bounds');
    let uncompressed = view.getUint32(p + 24, true);
    let compressedSize = view.getUint32(p + 20, true);
    let localOffset = view.getUint32(p + 42, true);
    // ZIP64 extra field: the 64-bit values present are those whose 32-bit fields are saturated, in this order.
    for (let x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength; ) {
      const id = view.getUint16(x, true);
      const size = view.getUint16(x + 2, true);
      if (id === 0x0001) {
        let f = x + 4;
        const next = () => {
          if (f + 8 > x + 4 + size) throw corrupt('short zip64 extra field');
          const v = readBigUint(view, f);
          f += 8;
          return v;
        };
        if (uncompressed === 0xffffffff) uncompressed = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localOffset === 0xffffffff) localOffset = next();
      }
      x += 4 + size;
    }
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize,
      localOffset,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw corrupt(`bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`${entry.name} runs past the end`);
  return bytes.subarray(start, end);
}

/**
 * Inflates every entry of the zip in `bytes` under `limits`, returning the contents of the entries
 * `keep` selects (others are inflated only to be counted). Throws AppError FILE_TOO_COMPLEX past a
 * limit, FILE_CORRUPT for a damaged archive, FILE_ENCRYPTED for zip-level encryption.
 */
export function safeUnzip(bytes: Uint8Array, keep: (name: string) => boolean = () => true, limits: ZipLimits = ZIP_LIMITS): Map<string, Uint8Array> {
  const entries = readCentralDirectory(bytes, limits).filter((entry) => !entry.name.endsWith('/'));
  // First every entry is inflated only to be counted, its output dropped as it comes: a bomb is
  // refused having held a few MB at most. Only then are the kept entries inflated again, and held.
  let total = 0;
  let keptTotal = 0;
  for (const entry of entries) {
    if (entry.flags & 0x1) throw new AppError('FILE_ENCRYPTED');
    const data = entryData(bytes, entry);
    const kept = keep(entry.name);
    let produced = 0;
    inflateEntry(entry, data, (chunk) => {
      produced += chunk.length;
      total += chunk.length;
      if (total > limits.maxTotalBytes) throw tooComplex(`more than ${limits.maxTotalBytes} bytes inflated`);
      if (produced > limits.ratioFloorBytes && produced > limits.maxRatio * Math.max(1, data.length)) throw tooComplex(`${entry.name} inflates more than ${limits.maxRatio}:1`);
      if (kept && (keptTotal += chunk.length) > limits.maxKeptBytes) throw tooComplex(`more than ${limits.maxKeptBytes} bytes of ${entry.name} and the other parts read`);
    });
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (!keep(entry.name) || files.has(entry.name)) continue;
    const chunks: Uint8Array[] = [];
    let produced = 0;
    inflateEntry(entry, entryData(bytes, entry), (chunk) => {
      chunks.push(chunk);
      produced += chunk.length;
    });
    files.set(entry.name, chunks.length === 1 ? chunks[0]! : concat(chunks, produced));
  }
  return files;
}

function inflateEntry(entry: Entry, data: Uint8Array, onChunk: (chunk: Uint8Array) => void): void {
  if (entry.method === 0) {
    onChunk(data);
  } else if (entry.method === 8) {
    const inflater = new Inflate((chunk) => onChunk(chunk));
    try {
      if (data.length === 0) inflater.push(data, true);
      for (let i = 0; i < data.length; i += INPUT_STEP) inflater.push(data.subarray(i, i + INPUT_STEP), i + INPUT_STEP >= data.length);
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('FILE_CORRUPT', { cause: err });
    }
  } else {
    throw corrupt(`compression method ${entry.method} in ${entry.name}`);
  }
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
