import { searchFiles as searchFileRows } from '@/db/queries/search';
import type { z } from 'zod';
import type { UserContext } from '../context';
import { fileFilter } from './list-files';
import { snippetParts } from './search-snippet';
import type { searchQuerySchema } from './schemas';

/** The hits, best first, as the response's JSON text (files.resource, migration 0007). */
export async function searchFiles(ctx: UserContext, q: z.infer<typeof searchQuerySchema>): Promise<string> {
  const hits = await searchFileRows(ctx.tx, q.q, fileFilter(q), q.limit);
  const data = hits.map((h) => {
    const snippet = h.window ? snippetParts(h.window) : [];
    return `{"file":${h.file},"rank":${JSON.stringify(h.rank)},"snippet":${JSON.stringify(snippet)}}`;
  });
  return `{"data":[${data.join(',')}]}`;
}
