// The Standard security handler (ISO 32000-2 §7.6.4), only as far as a PDF that opens WITHOUT a
// password needs it — "encrypted" only to restrict printing or copying. pdf.js decrypts those
// silently, so their streams must be measured decrypted too, or encryption would hide a bomb from
// check-pdf-streams.ts. A PDF that needs a password is refused by pdf.js before it decodes a
// stream. Follows pdf.js's CipherTransformFactory (src/core/crypto.js).
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';

export const PASSWORD_PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

export type StandardEncryption = {
  V: number;
  R: number;
  /** Key length in bits (/Length, or the stream crypt filter's). */
  lengthBits: number;
  O: Uint8Array;
  U: Uint8Array;
  UE: Uint8Array;
  P: number;
  encryptMetadata: boolean;
  /** The stream crypt filter's method for V 4 and 5: None, V2 (RC4), AESV2, AESV3; Identity when none. */
  streamMethod: string;
};

/** How each stream is decrypted: RC4 or AES with a key per object, or none. */
export type StreamDecryption = { cipher: 'rc4' | 'aes'; key: (num: number, gen: number) => Uint8Array } | null;

const md5 = (...parts: Uint8Array[]) => {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};

export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256).map((_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

/** Algorithm 2 with the empty password (revisions 2–4): the file key, if the U entry confirms it. */
function rc4FamilyKey(enc: StandardEncryption, fileId: Uint8Array): Uint8Array | null {
  const n = enc.lengthBits >> 3;
  const p = new Uint8Array(4);
  new DataView(p.buffer).setInt32(0, enc.P, true);
  const metadata = enc.R >= 4 && !enc.encryptMetadata ? new Uint8Array([0xff, 0xff, 0xff, 0xff]) : new Uint8Array(0);
  let hash = md5(PASSWORD_PADDING, enc.O.subarray(0, 32), p, fileId, metadata);
  if (enc.R >= 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, n));
  const key = hash.subarray(0, n);
  let check: Uint8Array;
  if (enc.R >= 3) {
    check = rc4(key, md5(PASSWORD_PADDING, fileId));
    for (let i = 1; i <= 19; i++) check = rc4(key.map((b) => b ^ i), check);
    check = check.subarray(0, 16);
  } else {
    check = rc4(key, PASSWORD_PADDING);
  }
  return check.every((b, i) => enc.U[i] === b) ? key : null;
}

/** Algorithm 2.B (revision 6), as pdf.js's PDF20._hash; revision 5 is a single SHA-256. */
export function revision6Hash(password: Uint8Array, input: Uint8Array, userBytes: Uint8Array): Uint8Array {
  let k = new Uint8Array(createHash('sha256').update(input).digest());
  let e = new Uint8Array([0]);
  for (let i = 0; i < 64 || e.at(-1)! > i - 32; i++) {
    const combined = Buffer.concat([password, k, userBytes]);
    const k1 = Buffer.concat(Array<Buffer>(64).fill(combined));
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    e = new Uint8Array(Buffer.concat([cipher.update(k1), cipher.final()]));
    let sum = 0;
    for (let j = 0; j < 16; j++) sum += e[j]!;
    k = new Uint8Array(createHash(['sha256', 'sha384', 'sha512'][sum % 3]!).update(e).digest());
  }
  return k.subarray(0, 32);
}

function aes256Key(enc: StandardEncryption): Uint8Array | null {
  const empty = new Uint8Array(0);
  const hash = (input: Uint8Array) => (enc.R === 6 ? revision6Hash(empty, input, empty) : new Uint8Array(createHash('sha256').update(input).digest()));
  const expected = hash(enc.U.subarray(32, 40));
  if (!expected.every((b, i) => enc.U[i] === b)) return null;
  const decipher = createDecipheriv('aes-256-cbc', hash(enc.U.subarray(40, 48)), Buffer.alloc(16)).setAutoPadding(false);
  return new Uint8Array(Buffer.concat([decipher.update(enc.UE.subarray(0, 32)), decipher.final()]));
}

function objectKey(fileKey: Uint8Array, num: number, gen: number, aes: boolean): Uint8Array {
  const suffix = [num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff];
  const salt = aes ? [0x73, 0x41, 0x6c, 0x54] : [];
  return md5(fileKey, new Uint8Array([...suffix, ...salt])).subarray(0, Math.min(fileKey.length + 5, 16));
}

/**
 * How pdf.js would decrypt this file's streams with no password given, or null when it decrypts
 * none: nothing to decrypt (Identity, None), or no file it would open without a password.
 */
export function streamDecryption(enc: StandardEncryption, fileId: Uint8Array): StreamDecryption {
  if (enc.V === 5) {
    if (enc.streamMethod !== 'AESV3') return null;
    const key = aes256Key(enc);
    return key ? { cipher: 'aes', key: () => key } : null;
  }
  const found = rc4FamilyKey(enc, fileId);
  if (!found) return null;
  // pdf.js pads a short V4 key to 16 bytes.
  const fileKey = enc.V === 4 && found.length < 16 ? Uint8Array.from({ length: 16 }, (_, i) => found[i] ?? 0) : found;
  if (enc.V === 4) {
    if (enc.streamMethod === 'V2') return { cipher: 'rc4', key: (num, gen) => objectKey(fileKey, num, gen, false) };
    if (enc.streamMethod === 'AESV2') return { cipher: 'aes', key: (num, gen) => objectKey(fileKey, num, gen, true) };
    return null;
  }
  return { cipher: 'rc4', key: (num, gen) => objectKey(fileKey, num, gen, false) };
}
