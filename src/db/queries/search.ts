// Search over the caller's files: full text with each document's own dictionary, plus trigram
// matching on both names (the smart one and the original).
import { and, sql } from 'drizzle-orm';
import type { Tx } from '../client';
import { files, fileTexts } from '../schema';
import { fileListConditions, type FileListFilter, type FileRow } from './files';

/** Marks around matched words in snippets: control characters no document text contains after extraction. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export type SearchHit = { file: FileRow; rank: number; snippet: string | null };

// A query in any of the four languages: the document side already uses its own dictionary, so the
// query is parsed with every one and the results OR-ed (an index can serve a constant tsquery).
const configs = ['english', 'french', 'german', 'spanish', 'simple'] as const;

export async function searchFiles(tx: Tx, q: string, filter: Omit<FileListFilter, 'trashed' | 'review'>, limit: number): Promise<SearchHit[]> {
  const tsq = sql.join(
    configs.map((c) => sql`websearch_to_tsquery(${c}::regconfig, ${q})`),
    sql` || `,
  );
  const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const nameRank = sql<number>`greatest(word_similarity(${q}, ${files.displayName}), word_similarity(${q}, ${files.originalName}))`;
  const textRank = sql<number>`coalesce(ts_rank_cd(${fileTexts.searchVector}, query.tsq, 32), 0)`;
  const rows = await tx
    .select({
      file: files,
      rank: sql<number>`(${nameRank} * 2 + ${textRank})::float8`,
      snippet: sql<string | null>`case when ${fileTexts.searchVector} @@ query.tsq then ts_headline(${fileTexts.tsConfig}, left(${fileTexts.content}, 20000), query.tsq,
        ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`}) end`,
    })
    .from(files)
    .leftJoin(fileTexts, sql`${fileTexts.fileId} = ${files.id}`)
    .innerJoin(sql`(select ${tsq} as tsq) as query`, sql`true`)
    .where(
      and(
        ...fileListConditions({ ...filter, trashed: false, review: false }),
        sql`(${fileTexts.searchVector} @@ query.tsq or ${q} <% ${files.displayName} or ${q} <% ${files.originalName}
          or ${files.displayName} ilike ${like} or ${files.originalName} ilike ${like})`,
      ),
    )
    .orderBy(sql`2 desc`, sql`${files.createdAt} desc`)
    .limit(limit);
  return rows.map((r) => ({ file: r.file, rank: Number(r.rank), snippet: r.snippet }));
}
