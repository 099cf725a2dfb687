// Notes saved by older Windows editors are Windows-1252, not UTF-8 ("café" as 63 61 66 E9). It is
// the single-byte encoding of all four languages CourseFlow reads, so text that is not UTF-8 is
// taken as Windows-1252 when every byte is a printable character there.

/** Bytes Windows-1252 leaves undefined, and control characters no text file contains. */
function isForbidden(b: number): boolean {
  if (b < 0x20) return b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d;
  return b === 0x7f || b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d;
}

export function looksLikeWindows1252Text(bytes: Uint8Array): boolean {
  for (const b of bytes) if (isForbidden(b)) return false;
  return true;
}

// 0x80–0x9F, where Windows-1252 differs from Latin-1 (Node's TextDecoder decodes this label as
// Latin-1, turning "€" and "–" into control characters). Undefined bytes never get here.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    out += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}
