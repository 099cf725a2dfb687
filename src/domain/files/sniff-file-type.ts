// What an uploaded course file really is, decided from its first bytes — never from its name
// alone. The name only has to agree with the content: a PDF called notes.docx is refused, so
// is an executable called slides.pdf.
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../errors';
import type { FileKind } from './schemas';
import { looksLikeWindows1252Text } from './extract/legacy-text';


export type SniffResult = {
  kind: FileKind;
  mime: string;
  /** The canonical extension for the content (e.g. 'jpg' for a photo named .jpeg). */
  extension: string;
  /** Whether text is extracted and analysed; images are stored only. */
  analysable: boolean;
};

/** How much of the upload the sniffer needs: the first 64 KiB. */
export const SNIFF_HEAD_BYTES = 64 * 1024;

type Supported = SniffResult & { names: readonly string[] };

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

// Keyed by file-type's `ext`; `names` are the file extensions that may carry that content.
const BINARY_TYPES: Record<string, Supported> = {
  pdf: { kind: 'pdf', mime: 'application/pdf', extension: 'pdf', analysable: true, names: ['pdf'] },
  docx: { kind: 'docx', mime: DOCX_MIME, extension: 'docx', analysable: true, names: ['docx'] },
  pptx: { kind: 'pptx', mime: PPTX_MIME, extension: 'pptx', analysable: true, names: ['pptx'] },
  png: { kind: 'image', mime: 'image/png', extension: 'png', analysable: false, names: ['png'] },
  apng: { kind: 'image', mime: 'image/apng', extension: 'png', analysable: false, names: ['png', 'apng'] },
  jpg: { kind: 'image', mime: 'image/jpeg', extension: 'jpg', analysable: false, names: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  gif: { kind: 'image', mime: 'image/gif', extension: 'gif', analysable: false, names: ['gif'] },
  webp: { kind: 'image', mime: 'image/webp', extension: 'webp', analysable: false, names: ['webp'] },
  heic: { kind: 'image', mime: 'image/heic', extension: 'heic', analysable: false, names: ['heic', 'heif'] },
};

const TEXT_TYPES: Record<string, SniffResult> = {
  txt: { kind: 'text', mime: 'text/plain', extension: 'txt', analysable: true },
  md: { kind: 'markdown', mime: 'text/markdown', extension: 'md', analysable: true },
  markdown: { kind: 'markdown', mime: 'text/markdown', extension: 'md', analysable: true },
};

const CLAIMED_BINARY = new Set(Object.values(BINARY_TYPES).flatMap((t) => t.names));

/** Lower-case extension of the last path segment, '' when there is none ('README', '.bashrc'). */
export function extensionOf(fileName: string): string {
  const base = fileName.trim().replace(/[.\s]+$/, '').split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Length of `bytes` without a trailing UTF-8 sequence that was cut short (at most 3 bytes). */
function withoutCutSequence(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && (bytes[i]! & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return bytes.length;
  const lead = bytes[i]!;
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return needed > continuation + 1 ? i : bytes.length;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const hasBom = (b: Uint8Array) => b.length >= 3 && b[0] === UTF8_BOM[0] && b[1] === UTF8_BOM[1] && b[2] === UTF8_BOM[2];

/** Valid UTF-8 (a BOM is allowed, so is a character cut at the end of the head) without NUL bytes. */
export function looksLikeUtf8Text(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  const body = head.subarray(hasBom(head) ? 3 : 0);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(0, withoutCutSequence(body)));
    return true;
  } catch {
    return false;
  }
}

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * Names of the zip entries whose local headers lie in the head. Streaming writers (JSZip, used by
 * `docx` and pptxgenjs) defer sizes to data descriptors, so rather than walking sizes this looks
 * for every local-header signature; a stray match inside compressed data yields a name nobody
 * checks for.
 */
function zipEntryNamesInHead(head: Uint8Array): string[] {
  const names: string[] = [];
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const decoder = new TextDecoder('utf-8');
  for (let i = head.indexOf(0x50); i !== -1 && i + 30 <= head.length; i = head.indexOf(0x50, i + 1)) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(i + 26, true);
    if (nameLength === 0 || i + 30 + nameLength > head.length) continue;
    names.push(decoder.decode(head.subarray(i + 30, i + 30 + nameLength)));
  }
  return names;
}

/** OOXML flavour from the entry names alone: the fallback when file-type can't tell from a partial head. */
export function officeTypeFromZipHead(head: Uint8Array): 'docx' | 'pptx' | 'xlsx' | undefined {
  const names = zipEntryNamesInHead(head);
  const isPackage = names.some(
    (n) => n === '[Content_Types].xml' || n === '_rels/.rels' || n.startsWith('docProps/') || /^(word|ppt|xl)\/_rels\//.test(n) || n === 'word/document.xml' || n === 'ppt/presentation.xml' || n === 'xl/workbook.xml',
  );
  if (!isPackage) return undefined;
  const found = (['word', 'ppt', 'xl'] as const).filter((dir) => names.some((n) => n.startsWith(`${dir}/`)));
  if (found.length !== 1) return undefined;
  return ({ word: 'docx', ppt: 'pptx', xl: 'xlsx' } as const)[found[0]!];
}

/** The directory of an OLE compound file names its streams in UTF-16LE; Office puts encrypted OOXML there. */
function isEncryptedOfficePackage(head: Uint8Array): boolean {
  return Buffer.from(head.buffer, head.byteOffset, head.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

async function detect(head: Uint8Array): Promise<{ ext: string; mime: string } | undefined> {
  let found: { ext: string; mime: string } | undefined;
  try {
    found = await fileTypeFromBuffer(head);
  } catch {
    found = undefined; // a head that ends mid-structure; fall through to our own checks
  }
  if (isZip(head) && (!found || found.ext === 'zip')) {
    const office = officeTypeFromZipHead(head);
    if (office) return { ext: office, mime: office === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : BINARY_TYPES[office]!.mime };
  }
  return found;
}

/**
 * Classifies an upload from its first bytes (`head`, up to {@link SNIFF_HEAD_BYTES}) and checks the
 * file name agrees. Throws AppError FILE_EMPTY, FILE_TYPE_UNSUPPORTED, FILE_TYPE_MISMATCH or
 * FILE_ENCRYPTED (an Office file wrapped by password protection).
 */
export async function sniffFileType(head: Uint8Array, fileName: string): Promise<SniffResult> {
  if (head.length === 0 || (head.length === 3 && hasBom(head))) throw new AppError('FILE_EMPTY');
  const extension = extensionOf(fileName);
  const detected = await detect(head);
  const supported = detected ? BINARY_TYPES[detected.ext] : undefined;

  if (supported) {
    // No extension at all is fine: the content decides. Any other extension must agree with it.
    if (extension === '' || supported.names.includes(extension)) {
      const { names: _names, ...result } = supported;
      return detected?.ext === 'heic' ? { ...result, mime: detected.mime } : result;
    }
    throw new AppError('FILE_TYPE_MISMATCH', { params: { extension, detected: supported.extension } });
  }

  const text = TEXT_TYPES[extension];
  if (text) {
    // Text has no signature; a few text-looking magics (e.g. "MZ", "BM") are ignored when the
    // bytes really are text (UTF-8, or Windows-1252 from older editors).
    if (looksLikeUtf8Text(head) || looksLikeWindows1252Text(head)) return { ...text };
    if (detected) throw new AppError('FILE_TYPE_UNSUPPORTED', { params: { extension, detected: detected.ext } });
    throw new AppError('FILE_TYPE_MISMATCH', { params: { extension, detected: 'binary' } });
  }

  if (detected?.ext === 'cfb' && isEncryptedOfficePackage(head)) throw new AppError('FILE_ENCRYPTED');
  if (detected) throw new AppError('FILE_TYPE_UNSUPPORTED', { params: { extension, detected: detected.ext } });
  // Unknown content (HTML, plain text, random bytes) under a name that promises a binary format.
  if (CLAIMED_BINARY.has(extension)) throw new AppError('FILE_TYPE_MISMATCH', { params: { extension, detected: 'unknown' } });
  throw new AppError('FILE_TYPE_UNSUPPORTED', { params: { extension, detected: 'unknown' } });
}
