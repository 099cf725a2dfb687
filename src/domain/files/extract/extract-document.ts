// Text out of an upload whose kind the sniffer has established. Runs inside an extraction worker
// (see extraction-pool.ts); callable directly in tests.
import { AppError } from '../../errors';
import type { FileKind } from '../schemas';
import { extractDocx } from './extract-docx';
import { extractPdf } from './extract-pdf';
import { extractPptx } from './extract-pptx';
import { extractText } from './extract-text';
import type { ExtractedDocument } from './types';

export type { ExtractedDocument } from './types';

export async function extractDocument(bytes: Uint8Array, kind: FileKind): Promise<ExtractedDocument> {
  if (bytes.length === 0) throw new AppError('FILE_EMPTY');
  switch (kind) {
    case 'pdf':
      return extractPdf(bytes);
    case 'docx':
      return extractDocx(bytes);
    case 'pptx':
      return extractPptx(bytes);
    case 'text':
    case 'markdown':
      return extractText(bytes);
    case 'image':
      return { pages: [], pageCount: null }; // stored, not analysed
    default:
      throw new AppError('FILE_TYPE_UNSUPPORTED', { params: { detected: String(kind satisfies never) } });
  }
}
