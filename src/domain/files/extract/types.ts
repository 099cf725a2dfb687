import { AppError } from '../../errors';

export type ExtractedDocument = {
  /** Text per page: real pages for PDF, slides for PPTX, ~3000-character pseudo pages for DOCX and text. */
  pages: string[];
  /** The document's own page count when it has one (PDF pages, slides, Word's <Pages>), else null. */
  pageCount: number | null;
  /** A DOCX's viewer HTML, rendered here so the API never runs mammoth on its event loop. */
  html?: string;
};

/**
 * Most text one document may yield (~6,500 dense pages). Beyond it the file is refused with
 * FILE_TOO_LARGE rather than building strings big enough to threaten the worker's heap.
 */
export const MAX_TEXT_CHARS = 20_000_000;

export function assertTextSize(chars: number): void {
  if (chars > MAX_TEXT_CHARS) throw new AppError('FILE_TOO_LARGE', { cause: new Error(`more than ${MAX_TEXT_CHARS} characters of text`) });
}
