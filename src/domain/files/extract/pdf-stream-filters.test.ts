import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ascii85, asciiHex, flateBombWithInvalidStart, lzwBomb } from '../../../../tests/support/bombs';
import { sampleProse } from '../../../../tests/support/documents';
import { ArraySource, Ascii85Stage, AsciiHexStage, type ByteSource, FlateStage, LzwStage, RunLengthStage, type Stage } from './pdf-stream-filters';

type StageClass = new (src: ByteSource, meter: (n: number) => void) => Stage;

/** Decodes `data` through the stages, returning the output and what the meter saw. */
function decode(data: Uint8Array, ...stages: StageClass[]): { out: Buffer; metered: number } {
  let metered = 0;
  let source: ByteSource = new ArraySource(data);
  for (const S of stages) source = new S(source, (n) => (metered += n));
  const bytes: number[] = [];
  for (let b = source.getByte(); b !== -1; b = source.getByte()) bytes.push(b);
  return { out: Buffer.from(bytes), metered };
}

function count(data: Uint8Array, S: StageClass): number {
  let metered = 0;
  new S(new ArraySource(data), (n) => (metered += n)).count();
  return metered;
}

const noise = (n: number) => Buffer.from(new Uint8Array(n).map((_, i) => (Math.imul(i + 7, 2654435761) >>> 11) & 0xff));

describe('FlateStage', () => {
  it('decodes stored, fixed and dynamic blocks exactly as zlib does, and counts the same without writing', () => {
    const text = Buffer.from(sampleProse(40_000)); // ~250 KB: many dynamic blocks, matches across chunks
    for (const [input, level] of [
      [noise(200_000), 0],
      [Buffer.from('short'), 9],
      [text, 1],
      [text, 9],
      [Buffer.concat([noise(70_000), text, Buffer.alloc(300_000, 0x20)]), 6],
    ] as const) {
      const z = deflateSync(input, { level });
      expect(inflateSync(z).equals(input)).toBe(true);
      const { out, metered } = decode(z, FlateStage);
      expect(out.equals(input)).toBe(true);
      expect(metered).toBe(input.length);
      expect(count(z, FlateStage)).toBe(input.length);
    }
  });

  it('reads what a truncated stream holds and nothing from a bad header, as pdf.js does', () => {
    const input = Buffer.from(sampleProse(20_000));
    const z = deflateSync(input, { level: 9 });
    const { out } = decode(z.subarray(0, z.length >> 1), FlateStage);
    expect(out.length).toBeGreaterThan(0);
    expect(input.subarray(0, out.length).equals(out)).toBe(true);
    expect(count(Buffer.from([0x12, 0x34, ...z.subarray(2)]), FlateStage)).toBe(0);
  });

  it('carries on through a back-reference before the start, where zlib gives up', () => {
    const data = flateBombWithInvalidStart(2);
    expect(() => inflateSync(data)).toThrow(/invalid distance/);
    const { out } = decode(data, FlateStage);
    expect(out.subarray(0, 258).every((b) => b === 0)).toBe(true);
    expect(out.subarray(258, 264).toString('latin1')).toBe('0 0 m ');
    expect(out.length).toBeGreaterThan(2 * 1024 * 1024);
  });
});

describe('the other filters', () => {
  it('LZW: expands a run through the growing dictionary, as pdf.js decodes it', () => {
    const { out, metered } = decode(lzwBomb(1), LzwStage);
    expect(out.length).toBeGreaterThanOrEqual(1024 * 1024);
    expect(out.every((b) => b === 0x61)).toBe(true);
    expect(metered).toBe(out.length);
    const big = lzwBomb(64);
    expect(big.length).toBeLessThan(30_000);
    expect(count(big, LzwStage)).toBeGreaterThanOrEqual(64 * 1024 * 1024);
  });

  it('ASCIIHex, ASCII85 and RunLength decode to the original bytes', () => {
    const input = Buffer.concat([noise(100_001), Buffer.alloc(40)]);
    expect(decode(asciiHex(input), AsciiHexStage).out.equals(input)).toBe(true);
    expect(decode(ascii85(input), Ascii85Stage).out.equals(input)).toBe(true);
    expect(decode(Buffer.from([2, 0x61, 0x62, 0x63, 253, 0x78, 128, 0x7a]), RunLengthStage).out.toString()).toBe('abcxxxx');
  });

  it('chains: ASCIIHex, then Flate', () => {
    const input = Buffer.from(sampleProse(5000));
    const { out, metered } = decode(asciiHex(deflateSync(input)), AsciiHexStage, FlateStage);
    expect(out.equals(input)).toBe(true);
    expect(metered).toBe(input.length + deflateSync(input).length);
  });
});
