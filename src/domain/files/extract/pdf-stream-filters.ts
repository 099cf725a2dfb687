// Streaming decoders for the PDF filters pdf.js decodes while it reads text (Flate, LZW, ASCII85,
// ASCIIHex, RunLength), used only to MEASURE how many bytes a stream expands to, never to read it.
// They follow pdf.js 5.x (src/core/flate_stream.js and friends, Apache-2.0) bit for bit where it
// matters for size: a back-reference before the start of the output yields zeros instead of an
// error, a truncated stream ends instead of failing. A stricter decoder (zlib, fflate) would stop
// early on such input and count less than pdf.js later allocates — the gap a bomb would use.
// Each stage produces at most CHUNK bytes per step and reports them to a meter, which throws once
// a budget is spent, so measuring a 1 GiB stream costs one budget's worth of work and no memory.
import { createDecipheriv, type Decipher } from 'node:crypto';

export interface ByteSource {
  /** The next byte, or -1 at the end. */
  getByte(): number;
}

/** Called with the bytes a stage just produced; throws to stop the measurement. */
export type Meter = (bytes: number) => void;

export class ArraySource implements ByteSource {
  constructor(
    private readonly bytes: Uint8Array,
    private pos = 0,
  ) {}

  getByte(): number {
    return this.pos < this.bytes.length ? this.bytes[this.pos++]! : -1;
  }
}

const CHUNK = 64 * 1024;
const WINDOW = 32 * 1024; // the farthest a deflate back-reference reaches

/**
 * One decoding stage. As a source for the next stage it hands out its output byte by byte; as the
 * last stage it is drained with `count`, and then writes nothing at all where it can avoid it.
 */
export abstract class Stage implements ByteSource {
  protected buf: Uint8Array = new Uint8Array(0);
  protected start = 0;
  protected end = 0;
  protected eof = false;
  /** False while draining: output is only counted. */
  protected write = true;

  constructor(
    protected readonly src: ByteSource,
    protected readonly meter: Meter,
  ) {}

  /** Produces about CHUNK more bytes (into buf[start, end) when writing); returns how many. Sets eof at the end. */
  protected abstract step(): number;

  getByte(): number {
    while (this.start >= this.end) {
      if (this.eof) return -1;
      this.meter(this.step());
    }
    return this.buf[this.start++]!;
  }

  /** Runs the stage to its end, counting its output. */
  count(): void {
    this.write = false;
    while (!this.eof) this.meter(this.step());
  }
}

// ---------------------------------------------------------------------------------------------
// Flate (RFC 1950/1951), as pdf.js's FlateStream reads it.

const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

type HuffmanTable = { codes: Int32Array; maxLen: number };

/** pdf.js's table: index by the next maxLen bits (LSB first), entry = length << 16 | symbol; 0 = no code. */
function huffmanTable(lengths: Uint8Array): HuffmanTable {
  let maxLen = 0;
  for (const l of lengths) if (l > maxLen) maxLen = l;
  const size = 1 << maxLen;
  const codes = new Int32Array(size);
  for (let len = 1, code = 0, skip = 2; len <= maxLen; ++len, code <<= 1, skip <<= 1) {
    for (let val = 0; val < lengths.length; ++val) {
      if (lengths[val] !== len) continue;
      let reversed = 0;
      for (let i = 0, t = code; i < len; ++i, t >>= 1) reversed = (reversed << 1) | (t & 1);
      for (let i = reversed; i < size; i += skip) codes[i] = (len << 16) | val;
      ++code;
    }
  }
  return { codes, maxLen };
}

const FIXED_LITERALS = huffmanTable(new Uint8Array(288).map((_, i) => (i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8)));
const FIXED_DISTANCES = huffmanTable(new Uint8Array(30).fill(5));

class BadFlate extends Error {}

export class FlateStage extends Stage {
  private bitBuf = 0;
  private bitCount = 0;
  private started = false;
  private lastBlock = false;
  /** 0: between blocks, 1: stored block, 2: Huffman block. */
  private block = 0;
  private storedLeft = 0;
  private literals = FIXED_LITERALS;
  private distances = FIXED_DISTANCES;
  /** Bytes produced so far: a back-reference before 0 reads zeros, as in pdf.js. */
  private produced = 0;

  private bits(n: number): number {
    while (this.bitCount < n) {
      const b = this.src.getByte();
      if (b === -1) throw new BadFlate('truncated');
      this.bitBuf |= b << this.bitCount;
      this.bitCount += 8;
    }
    const v = this.bitBuf & ((1 << n) - 1);
    this.bitBuf >>>= n;
    this.bitCount -= n;
    return v;
  }

  private symbol(table: HuffmanTable): number {
    while (this.bitCount < table.maxLen) {
      const b = this.src.getByte();
      if (b === -1) break;
      this.bitBuf |= b << this.bitCount;
      this.bitCount += 8;
    }
    const code = table.codes[this.bitBuf & ((1 << table.maxLen) - 1)]!;
    const len = code >> 16;
    if (len < 1 || this.bitCount < len) throw new BadFlate('bad code');
    this.bitBuf >>>= len;
    this.bitCount -= len;
    return code & 0xffff;
  }

  private header(): void {
    const cmf = this.src.getByte();
    const flg = this.src.getByte();
    // pdf.js refuses these streams outright: they decode to nothing.
    if (cmf === -1 || flg === -1 || (cmf & 0x0f) !== 8 || ((cmf << 8) + flg) % 31 !== 0 || flg & 0x20) throw new BadFlate('bad header');
  }

  private beginBlock(): boolean {
    let hdr: number;
    try {
      hdr = this.bits(3);
    } catch {
      return false;
    }
    this.lastBlock = (hdr & 1) === 1;
    hdr >>= 1;
    if (hdr === 0) {
      this.bitBuf = 0;
      this.bitCount = 0;
      const b = [this.src.getByte(), this.src.getByte(), this.src.getByte(), this.src.getByte()];
      if (b.includes(-1)) return false;
      const len = b[0]! | (b[1]! << 8);
      const check = b[2]! | (b[3]! << 8);
      if (check !== (~len & 0xffff) && (len !== 0 || check !== 0)) throw new BadFlate('bad stored block');
      this.storedLeft = len;
      this.block = 1;
    } else if (hdr === 1) {
      this.literals = FIXED_LITERALS;
      this.distances = FIXED_DISTANCES;
      this.block = 2;
    } else if (hdr === 2) {
      const numLiterals = this.bits(5) + 257;
      const numDistances = this.bits(5) + 1;
      const numCodeLengths = this.bits(4) + 4;
      const codeLengthLengths = new Uint8Array(CODE_LENGTH_ORDER.length);
      for (let i = 0; i < numCodeLengths; ++i) codeLengthLengths[CODE_LENGTH_ORDER[i]!] = this.bits(3);
      const codeLengthTable = huffmanTable(codeLengthLengths);
      const total = numLiterals + numDistances;
      const lengths = new Uint8Array(total);
      for (let i = 0, len = 0; i < total; ) {
        const code = this.symbol(codeLengthTable);
        let repeat: number;
        let what: number;
        if (code === 16) {
          repeat = this.bits(2) + 3;
          what = len;
        } else if (code === 17) {
          repeat = this.bits(3) + 3;
          what = len = 0;
        } else if (code === 18) {
          repeat = this.bits(7) + 11;
          what = len = 0;
        } else {
          lengths[i++] = len = code;
          continue;
        }
        while (repeat-- > 0) lengths[i++] = what; // writes past the end are dropped, as in pdf.js
      }
      this.literals = huffmanTable(lengths.subarray(0, numLiterals));
      this.distances = huffmanTable(lengths.subarray(numLiterals, total));
      this.block = 2;
    } else {
      throw new BadFlate('bad block type');
    }
    return true;
  }

  protected step(): number {
    if (this.write && this.buf.length === 0) this.buf = new Uint8Array(WINDOW + CHUNK + 258);
    // Keep the last WINDOW bytes for back-references; new output goes after them.
    let pos = this.end;
    if (this.write && pos > WINDOW) {
      this.buf.copyWithin(0, pos - WINDOW, pos);
      pos = WINDOW;
    }
    this.start = this.end = pos;
    const from = this.produced;
    try {
      if (!this.started) {
        this.started = true;
        this.header();
      }
      while (this.produced - from < CHUNK) {
        if (this.block === 0) {
          if (this.lastBlock || !this.beginBlock()) {
            this.eof = true;
            break;
          }
        }
        if (this.block === 1) {
          const n = Math.min(this.storedLeft, CHUNK - (this.produced - from));
          for (let i = 0; i < n; i++) {
            const b = this.src.getByte();
            if (b === -1) {
              this.eof = true;
              break;
            }
            if (this.write) this.buf[pos++] = b;
            this.produced++;
          }
          this.storedLeft -= n;
          if (this.eof) break;
          if (this.storedLeft === 0) this.block = 0;
          continue;
        }
        const sym = this.symbol(this.literals);
        if (sym < 256) {
          if (this.write) this.buf[pos++] = sym;
          this.produced++;
          continue;
        }
        if (sym === 256) {
          this.block = 0;
          continue;
        }
        const l = sym - 257;
        // Symbols 286 and 287 have no length in pdf.js's table: they copy nothing.
        const len = l < LENGTH_BASE.length ? LENGTH_BASE[l]! + this.bits(LENGTH_EXTRA[l]!) : 0;
        const d = this.symbol(this.distances);
        const dist = d < DIST_BASE.length ? DIST_BASE[d]! + this.bits(DIST_EXTRA[d]!) : NaN;
        if (this.write) {
          for (let k = 0; k < len; k++, pos++) {
            const at = pos - dist;
            this.buf[pos] = this.produced + k - dist >= 0 && at >= 0 ? this.buf[at]! : 0;
          }
        }
        this.produced += len;
      }
    } catch (err) {
      if (!(err instanceof BadFlate)) throw err;
      this.eof = true; // pdf.js stops reading the stream here too; what came out before counts
    }
    this.end = pos;
    return this.produced - from;
  }
}

// ---------------------------------------------------------------------------------------------
// LZW, as pdf.js's LZWStream reads it (a code can expand to thousands of bytes).

export class LzwStage extends Stage {
  private cached = 0;
  private cachedBits = 0;
  private codeLength = 9;
  private nextCode = 258;
  private prevCode = 0;
  private readonly values = new Uint8Array(4096);
  private readonly lengths = new Uint16Array(4096);
  private readonly prevCodes = new Uint16Array(4096);
  private readonly sequence = new Uint8Array(4096);
  private sequenceLength = 0;

  constructor(
    src: ByteSource,
    meter: Meter,
    private readonly earlyChange = 1,
  ) {
    super(src, meter);
    for (let i = 0; i < 256; ++i) {
      this.values[i] = i;
      this.lengths[i] = 1;
    }
  }

  private readCode(): number {
    while (this.cachedBits < this.codeLength) {
      const c = this.src.getByte();
      if (c === -1) return -1;
      this.cached = ((this.cached << 8) | c) >>> 0;
      this.cachedBits += 8;
    }
    this.cachedBits -= this.codeLength;
    return (this.cached >>> this.cachedBits) & ((1 << this.codeLength) - 1);
  }

  protected step(): number {
    if (this.write && this.buf.length === 0) this.buf = new Uint8Array(CHUNK + 8192);
    let pos = 0;
    let produced = 0;
    while (produced < CHUNK) {
      const code = this.readCode();
      if (code === -1) {
        this.eof = true;
        break;
      }
      const hasPrev = this.sequenceLength > 0;
      if (code < 256) {
        this.sequence[0] = code;
        this.sequenceLength = 1;
      } else if (code >= 258) {
        if (code < this.nextCode) {
          this.sequenceLength = this.lengths[code]!;
          for (let j = this.sequenceLength - 1, q = code; j >= 0; j--) {
            this.sequence[j] = this.values[q]!;
            q = this.prevCodes[q]!;
          }
        } else {
          this.sequence[this.sequenceLength++] = this.sequence[0]!;
        }
      } else if (code === 256) {
        this.codeLength = 9;
        this.nextCode = 258;
        this.sequenceLength = 0;
        continue;
      } else {
        this.eof = true;
        break;
      }
      if (hasPrev) {
        this.prevCodes[this.nextCode] = this.prevCode;
        this.lengths[this.nextCode] = this.lengths[this.prevCode]! + 1;
        this.values[this.nextCode] = this.sequence[0]!;
        this.nextCode++;
        const n = this.nextCode + this.earlyChange;
        this.codeLength = n & (n - 1) ? this.codeLength : Math.min(Math.log(n) / Math.LN2 + 1, 12) | 0;
      }
      this.prevCode = code;
      produced += this.sequenceLength;
      if (this.write) for (let j = 0; j < this.sequenceLength; j++) this.buf[pos++] = this.sequence[j] ?? 0;
    }
    this.start = 0;
    this.end = pos;
    return produced;
  }
}

// ---------------------------------------------------------------------------------------------
// The byte-oriented filters: ASCII85 (expands 'z' 4:1), ASCIIHex (halves), RunLength (up to 64:1).

const isWhiteSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;

export class Ascii85Stage extends Stage {
  protected step(): number {
    if (this.buf.length === 0) this.buf = new Uint8Array(CHUNK + 4);
    let pos = 0;
    const input = new Uint8Array(5);
    while (pos < CHUNK) {
      let c = this.src.getByte();
      while (isWhiteSpace(c)) c = this.src.getByte();
      if (c === -1 || c === 0x7e) {
        this.eof = true;
        break;
      }
      if (c === 0x7a) {
        this.buf.fill(0, pos, pos + 4);
        pos += 4;
        continue;
      }
      input[0] = c;
      let i = 1;
      for (; i < 5; ++i) {
        c = this.src.getByte();
        while (isWhiteSpace(c)) c = this.src.getByte();
        input[i] = c;
        if (c === -1 || c === 0x7e) break;
      }
      const n = i - 1;
      if (i < 5) {
        input.fill(0x21 + 84, i);
        this.eof = true;
      }
      let t = 0;
      for (let k = 0; k < 5; ++k) t = t * 85 + (input[k]! - 0x21);
      for (let k = 3; k >= 0; --k, t >>= 8) if (k < n) this.buf[pos + k] = t & 0xff;
      pos += n;
      if (this.eof) break;
    }
    this.start = 0;
    this.end = pos;
    return pos;
  }
}

export class AsciiHexStage extends Stage {
  private first = -1;

  protected step(): number {
    if (this.buf.length === 0) this.buf = new Uint8Array(CHUNK + 1);
    let pos = 0;
    let first = this.first;
    while (pos < CHUNK) {
      const ch = this.src.getByte();
      let digit: number;
      if (ch === -1 || ch === 0x3e) {
        this.eof = true;
        break;
      } else if (ch >= 0x30 && ch <= 0x39) digit = ch & 0x0f;
      else if ((ch >= 0x41 && ch <= 0x46) || (ch >= 0x61 && ch <= 0x66)) digit = (ch & 0x0f) + 9;
      else continue;
      if (first < 0) first = digit;
      else {
        this.buf[pos++] = (first << 4) | digit;
        first = -1;
      }
    }
    if (first >= 0 && this.eof) {
      this.buf[pos++] = first << 4;
      first = -1;
    }
    this.first = first;
    this.start = 0;
    this.end = pos;
    return pos;
  }
}

export class RunLengthStage extends Stage {
  protected step(): number {
    if (this.write && this.buf.length === 0) this.buf = new Uint8Array(CHUNK + 128);
    let pos = 0;
    let produced = 0;
    while (produced < CHUNK) {
      const n = this.src.getByte();
      const b = n === -1 ? -1 : this.src.getByte();
      if (n === -1 || b === -1 || n === 128) {
        this.eof = true;
        break;
      }
      if (n < 128) {
        if (this.write) this.buf[pos++] = b;
        produced++;
        for (let i = 0; i < n; i++) {
          const c = this.src.getByte();
          if (c === -1) break;
          if (this.write) this.buf[pos++] = c;
          produced++;
        }
      } else {
        if (this.write) this.buf.fill(b, pos, pos + 257 - n);
        pos += this.write ? 257 - n : 0;
        produced += 257 - n;
      }
    }
    this.start = 0;
    this.end = pos;
    return produced;
  }
}

// ---------------------------------------------------------------------------------------------
// Decryption, before any filter (pdf-decryption.ts says which cipher and key): pdf.js keeps the
// decrypted bytes in a buffer of their own, so they are counted like a filter's output.

export class Rc4Stage extends Stage {
  private readonly s = new Uint8Array(256).map((_, i) => i);
  private i = 0;
  private j = 0;

  constructor(src: ByteSource, meter: Meter, key: Uint8Array) {
    super(src, meter);
    for (let i = 0, j = 0; i < 256; i++) {
      j = (j + this.s[i]! + key[i % key.length]!) & 0xff;
      [this.s[i], this.s[j]] = [this.s[j]!, this.s[i]!];
    }
  }

  protected step(): number {
    if (this.buf.length === 0) this.buf = new Uint8Array(CHUNK);
    const s = this.s;
    let pos = 0;
    while (pos < CHUNK) {
      const b = this.src.getByte();
      if (b === -1) {
        this.eof = true;
        break;
      }
      this.i = (this.i + 1) & 0xff;
      this.j = (this.j + s[this.i]!) & 0xff;
      [s[this.i], s[this.j]] = [s[this.j]!, s[this.i]!];
      this.buf[pos++] = b ^ s[(s[this.i]! + s[this.j]!) & 0xff]!;
    }
    this.start = 0;
    this.end = pos;
    return pos;
  }
}

/** AES-CBC (128- or 256-bit key by its length); the stream's first 16 bytes are the IV. */
export class AesStage extends Stage {
  private decipher: Decipher | undefined;

  constructor(
    src: ByteSource,
    meter: Meter,
    private readonly key: Uint8Array,
  ) {
    super(src, meter);
  }

  private read(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let k = 0;
    for (; k < n; k++) {
      const b = this.src.getByte();
      if (b === -1) break;
      out[k] = b;
    }
    return out.subarray(0, k);
  }

  protected step(): number {
    if (!this.decipher) {
      const iv = this.read(16);
      if (iv.length < 16) {
        this.eof = true;
        return 0;
      }
      this.decipher = createDecipheriv(this.key.length === 32 ? 'aes-256-cbc' : 'aes-128-cbc', this.key, iv).setAutoPadding(false);
    }
    const input = this.read(CHUNK);
    let out: Buffer = this.decipher.update(input);
    if (input.length < CHUNK) {
      this.eof = true;
      try {
        out = Buffer.concat([out, this.decipher.final()]);
      } catch {
        // a last partial block: pdf.js drops it too
      }
    }
    this.buf = out;
    this.start = 0;
    this.end = out.length;
    return out.length;
  }
}
