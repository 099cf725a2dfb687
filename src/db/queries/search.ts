// Search over the caller's files: full text with each document's own dictionary, plus trigram
// matching on both names (the smart one and the original).
import { and, sql, type SQL } from 'drizzle-orm';
import { queryPrepared, type Tx } from '../client';
import { fileListConditions, type FileListFilter } from './files';

/**
 * The text around a hit's first match, for the domain to highlight (search-snippet.ts): the
 * characters just outside it (empty at the document's ends) tell whether it cuts a word, and the
 * query comes parsed by the document's own text search configuration.
 */
export type SnippetWindow = { text: string; before: string; after: string; config: string; tsquery: string };
/** A hit with its file resource as JSON text, to go into the response unparsed. */
export type SearchHit = { file: string; rank: number; window: SnippetWindow | null };

// A query in any of the four languages: the document side already uses its own dictionary, so the
// query is parsed with every one and the distinct parses OR-ed (a constant tsquery can use the GIN
// index; duplicates would only make ranking and highlighting repeat work). Each parse is kept for
// the snippets of documents in its configuration.
const configs = ['english', 'french', 'german', 'spanish', 'simple'] as const;
/**
 * A snippet comes from a window around the first place the query's longest word appears, looked
 * for as typed, in lower case, capitalised and in capitals, in that order; the first form found
 * wins (later ones are not searched for). A document with none of them (it has "economies" for
 * "economy") is searched for the word's stem in its own configuration, lower case and
 * capitalised ("economi"); with neither, the window starts at the document's start.
 * Lower-casing the document instead cost more than the rest of the snippet (PostgreSQL lowers text
 * one character at a time), and so did a case-insensitive regular expression. The words are
 * highlighted in Node, not by ts_headline: parsing and stemming every word of 20 windows cost
 * ≈0.9 ms of PostgreSQL per search.
 */
const SNIPPET_WINDOW = { before: 100, length: 320 };

/**
 * The query's longest word in the case forms a document most likely has it in (as typed first:
 * "iPhone"). A word the query excludes (`-word`) is no anchor.
 */
export function anchorForms(q: string): string[] {
  const wanted = q.replace(/(^|\s)-[\p{L}\p{N}]+/gu, ' ');
  const typed = (wanted.match(/[\p{L}\p{N}]+/gu) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
  if (!typed) return [];
  const word = typed.toLowerCase();
  return [...new Set([typed, word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()])];
}
export type SearchFilter = Omit<FileListFilter, 'trashed' | 'review'>;
/**
 * Which hits a search statement returns: `limit` from the `offset`th best, out of `candidates`
 * taken from each index (full text, names) before filters.
 */
export type SearchSlice = { limit: number; offset: number; candidates: number };
export type SearchRow = { file: string; rank: number; text: string | null; before: string; after: string; config: string; tsquery: string };

/** The statement behind searchFiles: the slice's hits, each with its snippet window. */
export function searchFilesQuery(q: string, filter: SearchFilter, { limit, offset, candidates }: SearchSlice): SQL {
  const parses = sql.join(
    configs.map((c) => sql`websearch_to_tsquery(${c}::regconfig, ${q})`),
    sql`, `,
  );
  const forms = anchorForms(q);
  // A text match's text, decompressed once (|| makes a plain copy; OFFSET 0 keeps the subquery
  // from being inlined): each strpos and substr on the stored value would decompress it again.
  const matchedText = sql`(select file_texts.content || '' as text where file_texts.search_vector @@ query.tsq offset 0)`;
  // The word's stem in the document's configuration, from four letters on (a shorter one is
  // found inside too many other words).
  const stem = forms.length
    ? [sql`(select min(nullif(strpos(d.text, f), 0)) from unnest(tsvector_to_array(to_tsvector(file_texts.ts_config, ${forms[0]!.toLowerCase()}))) l, unnest(array[l, initcap(l)]) f where length(l) >= 4)`]
    : [];
  const anchorAt = sql`coalesce(${sql.join([...forms.map((f) => sql`nullif(strpos(d.text, ${f}), 0)`), ...stem, sql`0`], sql`, `)})`;
  const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const where = and(...fileListConditions({ ...filter, trashed: false, review: false }));
  // The offset is written into the statement, not bound: with a bound OFFSET, PostgreSQL kept
  // planning the statement afresh for each search instead of reusing its plan (pgbench, the
  // 10 bench words: 13–25 % slower). Each page depth is then a prepared statement of its own.
  if (!Number.isSafeInteger(offset) || offset < 0) throw new RangeError(`offset ${offset}`);
  const skip = offset ? sql.raw(` offset ${offset}`) : sql``;
  // Candidates come from each index (full text, trigram names) through search_file_candidates;
  // the filters and RLS apply to the files read back, best first (the newest among equals), one
  // primary-key lookup each until the page is full (the lateral LIMIT keeps the planner from
  // hashing the whole table).
  return sql`
    with query as (
      select q.parses, (select string_agg(distinct '(' || p::text || ')', ' | ')::tsquery from unnest(q.parses) p where p::text <> '') as tsq
      from (select array[${parses}] as parses) q
    ),
    ranked as (
      select c.id, c.rank, c.created_at, f.resource as file
      from (select cand.* from query, search_file_candidates(${q}, ${like}, query.tsq, ${candidates}) cand order by cand.rank desc, cand.created_at desc, cand.id) c
      cross join lateral (select files.resource from files where files.id = c.id and ${where} limit 1) f
      order by c.rank desc, c.created_at desc, c.id limit ${limit}${skip}
    )
    select ranked.file, ranked.rank, w.text, w.before, w.after, w.config, w.tsquery
    from ranked cross join query left join file_texts on file_texts.file_id = ranked.id
    left join lateral (
      select substr(d.text, s.at, ${SNIPPET_WINDOW.length}) as text,
        substr(d.text, s.at - 1, 1) as before,
        substr(d.text, s.at + ${SNIPPET_WINDOW.length}, 1) as after,
        file_texts.ts_config::text as config,
        coalesce(query.parses[array_position(array[${sql.join(configs.map((c) => sql`${c}`), sql`, `)}]::regconfig[], file_texts.ts_config)]::text, '') as tsquery
      from ${matchedText} d
      cross join lateral (select greatest(1, ${anchorAt} - ${SNIPPET_WINDOW.before}) as at) s
    ) w on true
    order by ranked.rank desc, ranked.created_at desc, ranked.id
  `;
}

export function searchHitsOf(rows: SearchRow[]): SearchHit[] {
  return rows.map((row) => ({
    file: row.file,
    rank: Number(row.rank),
    window: row.text === null ? null : { text: row.text, before: row.before, after: row.after, config: row.config, tsquery: row.tsquery },
  }));
}

export async function searchFiles(tx: Tx, q: string, filter: SearchFilter, slice: SearchSlice): Promise<SearchHit[]> {
  return searchHitsOf(await queryPrepared<SearchRow>(tx, searchFilesQuery(q, filter, slice)));
}
