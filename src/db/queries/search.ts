// Search over the caller's files: full text with each document's own dictionary, plus trigram
// matching on both names (the smart one and the original).
import { and, sql } from 'drizzle-orm';
import type { Tx } from '../client';
import { fileListConditions, findFiles, type FileListFilter, type FileRow } from './files';

/** Marks around matched words in snippets: control characters no document text contains after extraction. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export type SearchHit = { file: FileRow; rank: number; snippet: string | null };

// A query in any of the four languages: the document side already uses its own dictionary, so the
// query is parsed with every one and the results OR-ed (a constant tsquery can use the GIN index).
const configs = ['english', 'french', 'german', 'spanish', 'simple'] as const;
/** Candidates taken from each index before filters and ranking. */
const CANDIDATES = 200;

export async function searchFiles(tx: Tx, q: string, filter: Omit<FileListFilter, 'trashed' | 'review'>, limit: number): Promise<SearchHit[]> {
  const tsq = sql.join(
    configs.map((c) => sql`websearch_to_tsquery(${c}::regconfig, ${q})`),
    sql` || `,
  );
  const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const where = and(...fileListConditions({ ...filter, trashed: false, review: false }));
  // Candidates come from each index (full text, trigram names) through search_file_candidates;
  // the filters and RLS apply to the files read back.
  const result = await tx.execute<{ id: string; rank: number; snippet: string | null }>(sql`
    with query as (select ${tsq} as tsq),
    ranked as (
      select c.id, c.rank from query, search_file_candidates(${q}, ${like}, query.tsq, ${CANDIDATES}) c
      join files on files.id = c.id
      where ${where}
      order by c.rank desc, c.id limit ${limit}
    )
    select ranked.id, ranked.rank,
      case when file_texts.search_vector @@ query.tsq then ts_headline(file_texts.ts_config, left(file_texts.content, 4000), query.tsq,
        ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=24, MinWords=10, MaxFragments=1`}) end as snippet
    from ranked cross join query left join file_texts on file_texts.file_id = ranked.id
    order by ranked.rank desc, ranked.id
  `);
  const rows = result.rows;
  const files = new Map((await findFiles(tx, rows.map((r) => r.id))).map((f) => [f.id, f]));
  return rows.flatMap((r) => {
    const file = files.get(r.id);
    return file ? [{ file, rank: Number(r.rank), snippet: r.snippet }] : [];
  });
}
