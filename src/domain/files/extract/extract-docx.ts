// Word documents: unzipped under the zip-bomb limits first, then only the verified parts (never the
// original archive) are handed to mammoth. Word has no fixed pages, so the text is cut into pseudo
// pages; the page count Word last saved in docProps/app.xml is reported when there is one.
import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { AppError } from '../../errors';
import { paginate, tidy } from './paginate';
import { safeUnzip } from './safe-unzip';
import { assertTextSize, type ExtractedDocument } from './types';
import { utf8 } from './xml-text';

// Pictures and embedded objects play no part in the text.
const notNeeded = (name: string) => /^word\/(media|embeddings)\//.test(name);

export function pageCountFromAppXml(appXml: string): number | null {
  const m = /<(?:\w+:)?Pages>\s*(\d+)\s*<\/(?:\w+:)?Pages>/.exec(appXml);
  const n = m ? Number(m[1]) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

export async function extractDocx(bytes: Uint8Array): Promise<ExtractedDocument> {
  const parts = safeUnzip(bytes, (name) => !notNeeded(name));
  if (!parts.has('word/document.xml')) throw new AppError('FILE_CORRUPT', { cause: new Error('docx: no word/document.xml') });
  const verified = zipSync(Object.fromEntries(parts), { level: 0 });
  const input = { buffer: Buffer.from(verified.buffer, verified.byteOffset, verified.byteLength) };
  let text: string;
  let html: string;
  try {
    text = (await mammoth.extractRawText(input)).value;
    assertTextSize(text.length);
    // The viewer's HTML, with pictures left out, never read: the preview is for reading, and
    // their data URLs can be huge. The browser sanitises it again before showing it.
    html = (await mammoth.convertToHtml(input, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) })).value;
  } catch (err) {
    throw err instanceof AppError ? err : new AppError('FILE_CORRUPT', { cause: err });
  }
  return { pages: paginate(tidy(text)), pageCount: pageCountFromAppXml(utf8(parts.get('docProps/app.xml'))), html };
}
