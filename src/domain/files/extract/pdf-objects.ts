// Just enough of the PDF object syntax to read stream dictionaries and the objects that point at
// streams, the way pdf.js's Lexer/Parser tokenise them (names with #xx escapes, comments, nested
// strings, `n g R` references). Values are kept only as far as check-pdf-streams.ts needs them.

export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfRef {
  constructor(readonly num: number) {}
}
export class PdfKeyword {
  constructor(readonly word: string) {}
}
/** A literal or hex string, decoded only when asked (only encryption dictionaries need one). */
export class PdfString {
  constructor(
    private readonly raw: Uint8Array,
    private readonly hex: boolean,
  ) {}

  bytes(): Uint8Array {
    return this.hex ? hexBytes(this.raw) : literalBytes(this.raw);
  }
}

export type PdfValue = number | boolean | null | PdfString | PdfName | PdfRef | PdfKeyword | PdfValue[] | PdfDict;
export type PdfDict = Map<string, PdfValue>;

export class PdfSyntaxError extends Error {}

const WHITESPACE = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) WHITESPACE[c] = 1;
const DELIMITER = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1;

export const isWhiteSpace = (c: number | undefined) => c !== undefined && WHITESPACE[c] === 1;
/** Neither whitespace nor a delimiter: part of a name, number or keyword. */
export const isRegular = (c: number | undefined) => c !== undefined && WHITESPACE[c] === 0 && DELIMITER[c] === 0;

const hexDigit = (c: number) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1);

const latin1 = (b: Uint8Array, start: number, end: number) => String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);

type Token = number | PdfName | PdfKeyword | PdfString | '<<' | '>>' | '[' | ']' | null;

function hexBytes(raw: Uint8Array): Uint8Array {
  const digits = [...raw].map(hexDigit).filter((d) => d >= 0);
  if (digits.length % 2) digits.push(0);
  return Uint8Array.from({ length: digits.length / 2 }, (_, i) => (digits[2 * i]! << 4) | digits[2 * i + 1]!);
}

/** A literal string's bytes: escapes, octal codes, line continuations and end-of-line forms resolved. */
function literalBytes(raw: Uint8Array): Uint8Array {
  const out: number[] = [];
  const ESCAPES: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === 0x0d) {
      out.push(0x0a);
      if (raw[i + 1] === 0x0a) i++;
    } else if (c !== 0x5c) out.push(c);
    else {
      const e = raw[++i];
      if (e === undefined) break;
      if (e >= 0x30 && e <= 0x37) {
        let v = e - 0x30;
        for (let k = 0; k < 2 && raw[i + 1]! >= 0x30 && raw[i + 1]! <= 0x37; k++) v = v * 8 + raw[++i]! - 0x30;
        out.push(v & 0xff);
      } else if (e === 0x0d) {
        if (raw[i + 1] === 0x0a) i++;
      } else if (e !== 0x0a) out.push(ESCAPES[e] ?? e);
    }
  }
  return Uint8Array.from(out);
}

// Bounds for one object, so crafted input can't make the scan quadratic or recurse without end.
const MAX_TOKENS = 100_000;
const MAX_DEPTH = 64;

export class PdfObjectParser {
  private tokens = 0;

  constructor(
    private readonly bytes: Uint8Array,
    public pos: number,
  ) {}

  /** Skips whitespace and comments. */
  skipSpace(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos]!;
      if (WHITESPACE[c]) this.pos++;
      else if (c === 0x25) {
        while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  private token(): Token {
    if (++this.tokens > MAX_TOKENS) throw new PdfSyntaxError('object too large');
    this.skipSpace();
    const b = this.bytes;
    if (this.pos >= b.length) return null;
    const c = b[this.pos]!;
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return '<<';
      }
      const start = this.pos + 1;
      const end = b.indexOf(0x3e, this.pos);
      this.pos = end === -1 ? b.length : end + 1;
      return new PdfString(b.subarray(start, end === -1 ? b.length : end), true);
    }
    if (c === 0x3e) {
      if (b[this.pos + 1] !== 0x3e) throw new PdfSyntaxError('stray >');
      this.pos += 2;
      return '>>';
    }
    if (c === 0x5b || c === 0x5d) {
      this.pos++;
      return c === 0x5b ? '[' : ']';
    }
    if (c === 0x28) {
      const start = this.pos + 1;
      let depth = 0;
      for (; this.pos < b.length; this.pos++) {
        const s = b[this.pos]!;
        if (s === 0x5c) this.pos++;
        else if (s === 0x28) depth++;
        else if (s === 0x29 && --depth === 0) break;
      }
      const end = Math.min(this.pos, b.length);
      this.pos++;
      return new PdfString(b.subarray(start, end), false);
    }
    if (c === 0x2f) {
      const start = ++this.pos;
      let escaped = false;
      while (this.pos < b.length && isRegular(b[this.pos])) escaped ||= b[this.pos++] === 0x23;
      if (!escaped) return new PdfName(latin1(b, start, this.pos));
      let name = '';
      for (let p = start; p < this.pos; p++) {
        if (b[p] === 0x23 && p + 2 < this.pos + 1 && hexDigit(b[p + 1] ?? -1) >= 0 && hexDigit(b[p + 2] ?? -1) >= 0) {
          name += String.fromCharCode((hexDigit(b[p + 1]!) << 4) | hexDigit(b[p + 2]!));
          p += 2;
        } else name += String.fromCharCode(b[p]!);
      }
      return new PdfName(name);
    }
    if (c === 0x7b || c === 0x7d || c === 0x29) {
      this.pos++;
      return new PdfKeyword(String.fromCharCode(c));
    }
    const start = this.pos;
    // Integers, the most common token by far, without building a string.
    let int = 0;
    let digits = 0;
    while (this.pos < b.length && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x39 && digits < 15) {
      int = int * 10 + b[this.pos++]! - 0x30;
      digits++;
    }
    if (digits > 0 && !isRegular(b[this.pos])) return int;
    while (this.pos < b.length && isRegular(b[this.pos])) this.pos++;
    const word = latin1(b, start, Math.min(this.pos, start + 64));
    if (/^[+-]*(\d+\.?\d*|\.\d+)$/.test(word)) return Number(word.replace(/^[+-]*/, (s) => (s.includes('-') ? '-' : '')));
    return new PdfKeyword(word);
  }

  /** The next object; throws PdfSyntaxError where pdf.js would not find one either. */
  object(depth = 0): PdfValue {
    if (depth > MAX_DEPTH) throw new PdfSyntaxError('nested too deeply');
    const t = this.token();
    if (t === null) throw new PdfSyntaxError('end of file');
    if (t === '<<') {
      const dict: PdfDict = new Map();
      for (;;) {
        const key = this.token();
        if (key === '>>') return dict;
        if (key === null) throw new PdfSyntaxError('end of file inside a dictionary');
        if (!(key instanceof PdfName)) continue; // pdf.js skips one token that isn't a key
        dict.set(key.name, this.object(depth + 1));
      }
    }
    if (t === '[') {
      const array: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (this.pos >= this.bytes.length) throw new PdfSyntaxError('end of file inside an array');
        if (this.bytes[this.pos] === 0x5d) {
          this.pos++;
          return array;
        }
        array.push(this.object(depth + 1));
      }
    }
    if (t === '>>' || t === ']') return new PdfKeyword(t); // where no value follows a key, pdf.js takes the closer as the value
    if (typeof t === 'number') {
      if (Number.isInteger(t) && t >= 0) {
        const at = this.pos;
        const gen = this.token();
        if (typeof gen === 'number' && Number.isInteger(gen)) {
          const r = this.token();
          if (r instanceof PdfKeyword && r.word === 'R') return new PdfRef(t);
        }
        this.pos = at;
      }
      return t;
    }
    if (t instanceof PdfKeyword) {
      if (t.word === 'true' || t.word === 'false') return t.word === 'true';
      if (t.word === 'null') return null;
    }
    return t;
  }

  /** True, past it, if the next token is `word`. */
  keyword(word: string): boolean {
    const at = this.pos;
    this.skipSpace();
    const b = this.bytes;
    for (let i = 0; i < word.length; i++) {
      if (b[this.pos + i] !== word.charCodeAt(i)) {
        this.pos = at;
        return false;
      }
    }
    if (isRegular(b[this.pos + word.length])) {
      this.pos = at;
      return false;
    }
    this.pos += word.length;
    return true;
  }
}
