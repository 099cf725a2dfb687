import { searchFiles as searchFileRows, type SearchHit, type SearchSlice } from '@/db/queries/search';
import type { UserContext } from '../context';
import { fileFilter } from './list-files';
import { snippetParts } from './search-snippet';
import { SEARCH_RESULTS_MAX, type SearchQuery } from './schemas';

/**
 * The page of results a query asks for: `take` results from `offset`, within the best
 * SEARCH_RESULTS_MAX (as many candidates come from each index); one more is read (`limit`) to
 * tell whether a next page exists.
 */
export type SearchPage = SearchSlice & { take: number };

export function searchPage(q: SearchQuery): SearchPage {
  const take = Math.min(q.limit, SEARCH_RESULTS_MAX - q.offset);
  return { offset: q.offset, take, limit: take + 1, candidates: SEARCH_RESULTS_MAX };
}

/** A page of the caller's hits, best first, as the response's JSON text (files.resource, migration 0007). */
export async function searchFiles(ctx: UserContext, q: SearchQuery): Promise<string> {
  const page = searchPage(q);
  return searchBody(await searchFileRows(ctx.tx, q.q, fileFilter(q), page), page);
}

/** The response's JSON text for a page of hits, best first: each file with its rank and highlighted snippet. */
export function searchBody(hits: SearchHit[], page: SearchPage): string {
  const next = hits.length > page.take && page.offset + page.take < SEARCH_RESULTS_MAX ? page.offset + page.take : null;
  const data = hits.slice(0, page.take).map((h) => {
    const snippet = h.window ? snippetParts(h.window) : [];
    return `{"file":${h.file},"rank":${JSON.stringify(h.rank)},"snippet":${JSON.stringify(snippet)}}`;
  });
  return `{"data":[${data.join(',')}],"next_offset":${next}}`;
}
