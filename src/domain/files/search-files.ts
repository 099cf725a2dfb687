import { HIGHLIGHT_END, HIGHLIGHT_START, searchFiles as searchFileRows } from '@/db/queries/search';
import type { z } from 'zod';
import type { UserContext } from '../context';
import { fileFilter } from './list-files';
import type { searchQuerySchema } from './schemas';
import { toFileDto } from './to-file-dto';

/** Splits a headline with highlight marks into plain-text parts the UI renders as text, never HTML. */
export function snippetParts(headline: string | null): { text: string; highlight: boolean }[] {
  if (!headline) return [];
  const parts: { text: string; highlight: boolean }[] = [];
  for (const [i, chunk] of headline.split(HIGHLIGHT_START).entries()) {
    const [marked, rest] = i === 0 ? [null, chunk] : (chunk.split(HIGHLIGHT_END) as [string, string?]);
    if (marked) parts.push({ text: marked, highlight: true });
    if (rest) parts.push({ text: rest.replace(/\s+/g, ' '), highlight: false });
  }
  return parts;
}

export async function searchFiles(ctx: UserContext, q: z.infer<typeof searchQuerySchema>) {
  const hits = await searchFileRows(ctx.tx, q.q, fileFilter(q), q.limit);
  return { data: hits.map((h) => ({ file: toFileDto(h.file), rank: h.rank, snippet: snippetParts(h.snippet) })) };
}
