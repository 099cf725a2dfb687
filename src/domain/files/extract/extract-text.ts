// Plain text and Markdown: UTF-8 with its BOM stripped, or Windows-1252 (the sniffer accepted nothing else).
import { AppError } from '../../errors';
import { decodeWindows1252, looksLikeWindows1252Text } from './legacy-text';
import { paginate, tidy } from './paginate';
import { assertTextSize, type ExtractedDocument } from './types';

export function extractText(bytes: Uint8Array): ExtractedDocument {
  // Neither encoding has fewer bytes than characters: checking bytes first means no huge string is built.
  assertTextSize(bytes.length);
  if (bytes.includes(0)) throw new AppError('FILE_CORRUPT', { cause: new Error('NUL byte in a text file') });
  let text: string;
  try {
    // ignoreBOM: false (the default) strips a leading BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (err) {
    if (!looksLikeWindows1252Text(bytes)) throw new AppError('FILE_CORRUPT', { cause: err });
    text = decodeWindows1252(bytes);
  }
  return { pages: paginate(tidy(text)), pageCount: null };
}
