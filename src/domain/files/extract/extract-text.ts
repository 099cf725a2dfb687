// Plain text and Markdown: UTF-8 (the sniffer accepted nothing else), BOM stripped.
import { AppError } from '../../errors';
import { paginate, tidy } from './paginate';
import { assertTextSize, type ExtractedDocument } from './types';

export function extractText(bytes: Uint8Array): ExtractedDocument {
  // UTF-8 never has fewer bytes than characters: checking bytes first means no huge string is built.
  assertTextSize(bytes.length);
  if (bytes.includes(0)) throw new AppError('FILE_CORRUPT', { cause: new Error('NUL byte in a text file') });
  let text: string;
  try {
    // ignoreBOM: false (the default) strips a leading BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (err) {
    throw new AppError('FILE_CORRUPT', { cause: err });
  }
  return { pages: paginate(tidy(text)), pageCount: null };
}
