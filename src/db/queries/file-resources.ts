// The file resource as the API shows it (`FileDto`), built by PostgreSQL as JSON. The library's
// hot reads (a page of 50 files, a page of search hits) then go from the database to the response
// as text: parsing 25 columns of every row and serialising them again was most of a list request's
// CPU in Node. Every other file response is read through the same select list, so there is one
// definition of the resource.
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../client';

/** The domain's rules the resource applies: the kind of each content type, and the confidence bands. */
export type FileResourceRules = {
  kindByMime: Record<string, string>;
  otherKind: string;
  /** Confidence at or above this is "high". */
  high: number;
  /** Confidence under this is "low" and goes to the review list. */
  reviewBelow: number;
};

/** A select list over `files` (under that name) whose row converts to the resource with row_to_json. */
export type FileResourceColumns = SQL;

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;
const number = (n: number) => {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return String(n);
};

export function fileResourceColumns(rules: FileResourceRules): FileResourceColumns {
  const kind = `case files.file_type ${Object.entries(rules.kindByMime)
    .map(([mime, k]) => `when ${literal(mime)} then ${literal(k)}`)
    .join(' ')} else ${literal(rules.otherKind)} end`;
  // Only the decisions the student left to the analysis count; a missing course counts as 0, a
  // missing confidence not at all (least() skips nulls).
  const weakest = `least(
    case when files.course_source = 'ai' then case when files.course_id is null then 0 else files.course_confidence end end,
    case when files.category_source = 'ai' then files.ai_confidence end)`;
  const level = `case when files.status <> 'ready' then null
    when ${weakest} is null or ${weakest} >= ${number(rules.high)} then 'high'
    when ${weakest} >= ${number(rules.reviewBelow)} then 'medium' else 'low' end`;
  return sql.raw(`files.id, files.course_id, files.folder_id, files.original_name, files.display_name, files.ai_name,
    files.folder_hint, ${kind} as kind, files.file_type, files.file_size::float8 as file_size, files.status, files.error,
    files.page_count, files.detected_language, files.ai_category, files.ai_confidence, files.course_confidence,
    files.course_source, files.category_source, ${level} as confidence_level,
    coalesce((${level}) = 'low', false) and files.deleted_at is null as needs_review,
    files.ai_topic, files.ai_date, files.ai_keywords, files.processed_at, files.deleted_at, files.created_at, files.updated_at`);
}

/** The resources of the given files the caller can see, in the order of `ids`. */
export async function findFileResources<T>(tx: Tx, columns: FileResourceColumns, ids: string[]): Promise<T[]> {
  if (ids.length === 0) return [];
  const { rows } = await tx.execute<{ r: T }>(sql`
    select row_to_json(r) as r from (
      select ${columns} from unnest(${sql.param(ids)}::uuid[]) with ordinality as wanted(id, n) join files on files.id = wanted.id
      order by wanted.n
    ) r`);
  return rows.map((row) => row.r);
}
