// PDFs through pdf.js: text only — no eval, no font loading, no rendering. Imported once per
// worker thread; pdf.js runs its own "worker" in this thread (Node has no web workers), which is
// what we want since the whole extraction already runs off the main thread.
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../../errors';
import { checkPdfStreams } from './check-pdf-streams';
import { tidy } from './paginate';
import { assertTextSize, type ExtractedDocument } from './types';

// pdf.js's "worker" half, loaded with this module instead of lazily on the first document (which
// would cost that document ~0.5 s of its deadline); pdf.js finds it on globalThis.pdfjsWorker.
// No type declarations ship for it, hence the cast.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs' as string);

// Predefined CMaps decode CJK text in PDFs that don't embed them (encoding tables, not fonts).
const CMAP_URL = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')}${path.sep}`;

type TextItems = Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'];

/** Joins text items, ending lines where pdf.js saw a line end (pdf.js itself inserts the spaces between words). */
export function joinTextItems(items: TextItems): string {
  let text = '';
  for (const item of items) {
    if (!('str' in item)) continue; // marked-content markers
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return tidy(text);
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const name = (err as { name?: string } | null)?.name;
  if (name === 'PasswordException') return new AppError('FILE_ENCRYPTED', { cause: err });
  if (err instanceof RangeError) return new AppError('FILE_TOO_COMPLEX', { cause: err });
  return new AppError('FILE_CORRUPT', { cause: err }); // InvalidPDFException, FormatError, UnknownErrorException…
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  checkPdfStreams(bytes); // the memory budget, decided by the bytes before pdf.js allocates anything
  // pdf.js transfers (detaches) the buffer it is given; give it its own copy.
  const data = new Uint8Array(bytes.byteLength);
  data.set(bytes);
  const task = getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    stopAtErrors: false,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => {});
    throw toAppError(err);
  }
  try {
    const pages: string[] = [];
    let unreadable = 0;
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        try {
          const text = joinTextItems((await page.getTextContent()).items);
          pages.push(text);
          chars += text.length;
        } finally {
          page.cleanup();
        }
      } catch (err) {
        if (err instanceof RangeError) throw err;
        unreadable++; // one damaged page shouldn't cost the student the others
        pages.push('');
      }
      assertTextSize(chars);
    }
    if (doc.numPages > 0 && unreadable === doc.numPages) throw new AppError('FILE_CORRUPT', { cause: new Error('no page could be read') });
    return { pages, pageCount: doc.numPages };
  } catch (err) {
    throw toAppError(err);
  } finally {
    await doc.destroy().catch(() => {});
  }
}
