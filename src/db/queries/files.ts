// Files, their extracted text and what the matcher learns from them. Every function runs inside the
// caller's transaction (RLS for users, service_role for system jobs).
import { and, desc, eq, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { queryPrepared, type Tx } from '../client';
import { aiCache, aiUsage, courses, fileCorrections, files, fileTexts } from '../schema';

export type FileRow = typeof files.$inferSelect;

export type NewFile = typeof files.$inferInsert;
export type FilePatch = Partial<Omit<NewFile, 'id' | 'userId' | 'createdAt'>>;

export async function insertFile(tx: Tx, row: NewFile): Promise<FileRow | undefined> {
  // The partial unique index on (user, sha256) turns a concurrent duplicate into "no row".
  const [inserted] = await tx.insert(files).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function findFile(tx: Tx, id: string): Promise<FileRow | undefined> {
  const [row] = await tx.select().from(files).where(eq(files.id, id));
  return row;
}

export async function findFiles(tx: Tx, ids: string[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return tx.select().from(files).where(inArray(files.id, ids));
}

export async function findActiveFileBySha(tx: Tx, sha256: string): Promise<FileRow | undefined> {
  const [row] = await tx
    .select()
    .from(files)
    .where(and(eq(files.contentSha256, sha256), isNull(files.deletedAt)));
  return row;
}

export async function updateFiles(tx: Tx, ids: string[], patch: FilePatch): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return tx
    .update(files)
    .set({ ...patch, updatedAt: new Date() })
    .where(inArray(files.id, ids))
    .returning();
}

export async function deleteFileRows(tx: Tx, ids: string[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return tx.delete(files).where(inArray(files.id, ids)).returning();
}

/** Serialises naming within one course until the transaction ends, so parallel jobs never pick the same name. */
export async function lockCourseNames(tx: Tx, userId: string, courseId: string | null): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${userId}/${courseId ?? 'none'}`}, 0))`);
}

/** Display names already used in a course, to keep smart names unique there. */
export async function displayNamesInCourse(tx: Tx, courseId: string | null, exceptId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ name: files.displayName })
    .from(files)
    .where(and(courseId ? eq(files.courseId, courseId) : isNull(files.courseId), isNull(files.deletedAt), sql`${files.id} <> ${exceptId}`));
  return new Set(rows.map((r) => r.name.toLowerCase()));
}

export type FileListFilter = {
  courseId?: string | null;
  folderId?: string;
  category?: FileRow['aiCategory'];
  language?: string;
  mimeTypes?: string[];
  status?: FileRow['status'];
  from?: string;
  to?: string;
  trashed: boolean;
  review: boolean;
};

export type FileSort = 'created_at' | 'name' | 'size' | 'date';

const documentDate = sql`coalesce(${files.aiDate}, to_char(${files.createdAt} at time zone 'UTC', 'YYYY-MM-DD'))`;
const sortExpr: Record<FileSort, SQL> = {
  created_at: sql`${files.createdAt}`,
  name: sql`lower(${files.displayName})`,
  size: sql`${files.fileSize}`,
  date: documentDate,
};
const sortCast: Record<FileSort, string> = { created_at: 'timestamptz', name: 'text', size: 'bigint', date: 'text' };

/**
 * A course confidence under this sends a file to the review list unless the student chose the
 * course by hand: needs_review of file_resource() (migration 0013); tests/integ/review-reasons.integ.ts
 * checks they agree.
 */
export const REVIEW_BELOW = 0.5;

export function fileListConditions(f: FileListFilter): SQL[] {
  const c: (SQL | undefined)[] = [
    f.trashed ? isNotNull(files.deletedAt) : isNull(files.deletedAt),
    f.courseId === null ? isNull(files.courseId) : f.courseId ? eq(files.courseId, f.courseId) : undefined,
    f.folderId ? eq(files.folderId, f.folderId) : undefined,
    f.category ? eq(files.aiCategory, f.category) : undefined,
    f.language ? eq(files.detectedLanguage, f.language) : undefined,
    f.mimeTypes?.length ? inArray(files.fileType, f.mimeTypes) : undefined,
    f.status ? eq(files.status, f.status) : undefined,
    f.from ? sql`${documentDate} >= ${f.from}` : undefined,
    f.to ? sql`${documentDate} <= ${f.to}` : undefined,
    f.review
      ? and(
          eq(files.status, 'ready'),
          eq(files.courseSource, 'ai'),
          or(isNull(files.courseId), lt(files.courseConfidence, REVIEW_BELOW)),
        )
      : undefined,
  ];
  return c.filter((x): x is SQL => x !== undefined);
}

export type Cursor = { v: string; id: string };

/** A page of the library: its files as a JSON array (text, straight into the response) and where the next page starts. */
export type FilePage = { json: string; next: Cursor | null };

export type FilePageRequest = { sort: FileSort; order: 'asc' | 'desc'; limit: number; cursor?: Cursor };

/** The statement behind listFiles: up to limit + 1 rows (one more tells whether a next page follows). */
export function listFilesQuery(filter: FileListFilter, page: FilePageRequest): SQL {
  const expr = sortExpr[page.sort];
  const cmp = page.order === 'desc' ? sql.raw('<') : sql.raw('>');
  const after = page.cursor ? sql`(${expr}, ${files.id}) ${cmp} (${page.cursor.v}::${sql.raw(sortCast[page.sort])}, ${page.cursor.id}::uuid)` : undefined;
  const direction = sql.raw(page.order);
  return sql`
    select ${files.resource} as resource, (${expr})::text as sort_value, ${files.id} as id from files
    where ${and(...fileListConditions(filter), after)}
    order by ${expr} ${direction}, ${files.id} ${direction}
    limit ${page.limit + 1}`;
}

export type FilePageRow = { resource: string; sort_value: string; id: string };

/** The page the rows of listFilesQuery make: the files' resources as one JSON array, and the next page's cursor. */
export function filePageOf(rows: FilePageRow[], limit: number): FilePage {
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return {
    json: `[${rows
      .slice(0, limit)
      .map((r) => r.resource)
      .join(',')}]`,
    next: last ? { v: last.sort_value, id: last.id } : null,
  };
}

export async function listFiles(tx: Tx, filter: FileListFilter, page: FilePageRequest): Promise<FilePage> {
  return filePageOf(await queryPrepared<FilePageRow>(tx, listFilesQuery(filter, page)), page.limit);
}

export async function upsertFileText(tx: Tx, row: typeof fileTexts.$inferInsert): Promise<void> {
  await tx
    .insert(fileTexts)
    .values(row)
    .onConflictDoUpdate({ target: fileTexts.fileId, set: { language: row.language, content: row.content, pages: row.pages, html: row.html, tsConfig: row.tsConfig } });
}

export async function findFileText(tx: Tx, fileId: string) {
  const [row] = await tx
    .select({ content: fileTexts.content, pages: fileTexts.pages, html: fileTexts.html, language: fileTexts.language })
    .from(fileTexts)
    .where(eq(fileTexts.fileId, fileId));
  return row;
}

export async function insertCorrections(tx: Tx, rows: (typeof fileCorrections.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(fileCorrections).values(rows);
}

/** The user's courses as matching candidates (archived ones too: old files still belong there). */
export async function courseCandidates(tx: Tx) {
  // In a fixed order, so the same library always weighs its courses alike.
  return tx.select({ id: courses.id, name: courses.name, code: courses.code, professor: courses.professor }).from(courses).orderBy(courses.createdAt, courses.id);
}

/**
 * What the student taught the matcher: files whose course or category they settled themselves (chosen
 * at upload, corrected, moved, confirmed), each with only what they settled. The app's own guesses
 * never teach: they pulled the next files of a batch after the first guesses (issue 15) and made the
 * outcome depend on the upload order. Newest first, ties by id, so the same library gives the same set.
 */
export async function learnedExamples(tx: Tx, exceptId: string, limit = 300) {
  return tx
    .select({
      keywords: files.aiKeywords,
      fileName: files.originalName,
      courseId: sql<string | null>`case when ${files.courseSource} = 'user' then ${files.courseId} end`,
      category: sql<FileRow['aiCategory']>`case when ${files.categorySource} = 'user' then ${files.aiCategory} end`,
    })
    .from(files)
    .where(
      and(
        isNull(files.deletedAt),
        eq(files.status, 'ready'),
        sql`${files.id} <> ${exceptId}`,
        or(and(eq(files.courseSource, 'user'), isNotNull(files.courseId)), eq(files.categorySource, 'user')),
      ),
    )
    .orderBy(desc(files.updatedAt), files.id)
    .limit(limit);
}

export async function findCachedResult(tx: Tx, cacheKey: string): Promise<unknown> {
  const [row] = await tx.select({ result: aiCache.result }).from(aiCache).where(eq(aiCache.cacheKey, cacheKey));
  return row?.result;
}

export async function storeCachedResult(tx: Tx, row: typeof aiCache.$inferInsert): Promise<void> {
  await tx.insert(aiCache).values(row).onConflictDoNothing();
}

export async function recordAiUsage(tx: Tx, row: typeof aiUsage.$inferInsert): Promise<void> {
  await tx.insert(aiUsage).values(row);
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The file rows (live or trashed) that name these object keys, by key. Uploads store objects under
 * `<user id>/<file id>`, so the primary key finds them; a key of any other shape has no row.
 */
export async function rowsForKeys(tx: Tx, keys: string[]): Promise<Map<string, Pick<FileRow, 'id' | 'userId' | 'status'>>> {
  const ids = [...new Set(keys.map((k) => k.slice(k.lastIndexOf('/') + 1)).filter((id) => UUID_RE.test(id)))];
  if (ids.length === 0) return new Map();
  const wanted = new Set(keys);
  const rows = await tx.select({ key: files.storageKey, id: files.id, userId: files.userId, status: files.status }).from(files).where(inArray(files.id, ids));
  return new Map(rows.filter((r) => wanted.has(r.key)).map(({ key, ...row }) => [key, row]));
}

/** Trashed files past their keeping time, for the purge job (service role, all users). */
export async function expiredTrash(tx: Tx, olderThan: Date, limit = 500): Promise<Pick<FileRow, 'id' | 'storageKey'>[]> {
  return tx
    .select({ id: files.id, storageKey: files.storageKey })
    .from(files)
    .where(and(isNotNull(files.deletedAt), lt(files.deletedAt, olderThan)))
    .limit(limit);
}

const processing = ['queued', 'extracting', 'analysing'] as const;

/**
 * Files still being processed with no change for `idleSeconds` by the database's clock (of `ids`
 * only, when given): a worker that stopped beating (see touchProcessingFile), or processing that
 * stopped moving altogether.
 */
export async function stalledFiles(tx: Tx, o: { idleSeconds: number; ids?: string[] }, limit = 500): Promise<Pick<FileRow, 'id' | 'userId'>[]> {
  return tx
    .select({ id: files.id, userId: files.userId })
    .from(files)
    .where(
      and(
        inArray(files.status, [...processing]),
        isNull(files.deletedAt),
        sql`${files.updatedAt} < now() - make_interval(secs => ${o.idleSeconds})`,
        o.ids ? inArray(files.id, o.ids) : undefined,
      ),
    )
    .limit(limit);
}

/**
 * A worker's heartbeat for the file it is processing, by the database's clock, so the sweeper's
 * host clock doesn't matter. A file queued again meanwhile (re-analysis) still beats: its job is
 * alive. One that is finished is left alone.
 */
export async function touchProcessingFile(tx: Tx, id: string): Promise<void> {
  await tx
    .update(files)
    .set({ updatedAt: sql`now()` })
    .where(and(eq(files.id, id), inArray(files.status, [...processing])));
}
