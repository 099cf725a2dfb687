import { searchFiles as searchFileRows, type SearchHit } from '@/db/queries/search';
import type { z } from 'zod';
import type { UserContext } from '../context';
import { fileFilter } from './list-files';
import { snippetParts } from './search-snippet';
import type { searchQuerySchema } from './schemas';

/** The caller's hits, best first, as the response's JSON text (files.resource, migration 0007). */
export async function searchFiles(ctx: UserContext, q: z.infer<typeof searchQuerySchema>): Promise<string> {
  return searchBody(await searchFileRows(ctx.tx, q.q, fileFilter(q), q.limit));
}

/** The response's JSON text for hits, best first: each file with its rank and highlighted snippet. */
export function searchBody(hits: SearchHit[]): string {
  const data = hits.map((h) => {
    const snippet = h.window ? snippetParts(h.window) : [];
    return `{"file":${h.file},"rank":${JSON.stringify(h.rank)},"snippet":${JSON.stringify(snippet)}}`;
  });
  return `{"data":[${data.join(',')}]}`;
}
