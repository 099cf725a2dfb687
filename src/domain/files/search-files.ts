import { HIGHLIGHT_END, HIGHLIGHT_START, searchFiles as searchFileRows } from '@/db/queries/search';
import type { z } from 'zod';
import type { UserContext } from '../context';
import { fileFilter } from './list-files';
import type { searchQuerySchema } from './schemas';

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

/** The hits, best first, as the response's JSON text (files.resource, migration 0007). */
export async function searchFiles(ctx: UserContext, q: z.infer<typeof searchQuerySchema>): Promise<string> {
  const hits = await searchFileRows(ctx.tx, q.q, fileFilter(q), q.limit);
  const data = hits.map((h) => `{"file":${h.file},"rank":${JSON.stringify(h.rank)},"snippet":${JSON.stringify(snippetParts(h.snippet))}}`);
  return `{"data":[${data.join(',')}]}`;
}
