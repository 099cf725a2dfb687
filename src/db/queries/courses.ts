// Courses and their folders. Every function runs inside the caller's RLS transaction, so a row of
// another user is simply not found.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../client';
import { courseFolders, courses, files, flashcards, grades } from '../schema';

export type CourseRow = typeof courses.$inferSelect;
export type NewCourse = typeof courses.$inferInsert;
export type FolderRow = typeof courseFolders.$inferSelect;

export type CourseWithStats = CourseRow & {
  fileCount: number;
  folderCount: number;
  nextDeadline: { name: string; date: string } | null;
};

// Drizzle renders a bare column inside a select's sql as "id", which a subquery would bind to its
// own table; the outer course is therefore named explicitly.
const courseId = sql.raw('"courses"."id"');
const stats = {
  fileCount: sql<number>`(select count(*)::int from ${files} f where f.course_id = ${courseId} and f.deleted_at is null)`,
  folderCount: sql<number>`(select count(*)::int from ${courseFolders} cf where cf.course_id = ${courseId})`,
  // The next assessment with a date and no grade yet.
  nextDeadline: sql<{ name: string; date: string } | null>`(select json_build_object('name', g.name, 'date', g.date_recorded)
      from ${grades} g where g.course_id = ${courseId} and g.grade_value is null and g.date_recorded >= current_date
      order by g.date_recorded limit 1)`,
};

export async function listCourses(tx: Tx, filter: { term?: string; archived?: boolean }): Promise<CourseWithStats[]> {
  return tx
    .select({ course: courses, ...stats })
    .from(courses)
    .where(
      and(
        filter.term ? eq(courses.term, filter.term) : undefined,
        filter.archived === undefined ? undefined : eq(courses.archived, filter.archived),
      ),
    )
    .orderBy(asc(courses.position), asc(courses.createdAt))
    .then((rows) => rows.map((r) => ({ ...r.course, fileCount: r.fileCount, folderCount: r.folderCount, nextDeadline: r.nextDeadline })));
}

/** The course row alone, without the statistics findCourse computes. */
export async function findCourseRow(tx: Tx, id: string): Promise<CourseRow | undefined> {
  const [row] = await tx.select().from(courses).where(eq(courses.id, id));
  return row;
}

export async function findCourse(tx: Tx, id: string): Promise<CourseWithStats | undefined> {
  const [row] = await tx.select({ course: courses, ...stats }).from(courses).where(eq(courses.id, id));
  return row && { ...row.course, fileCount: row.fileCount, folderCount: row.folderCount, nextDeadline: row.nextDeadline };
}

export async function nextCoursePosition(tx: Tx): Promise<number> {
  const [row] = await tx.select({ max: sql<number | null>`max(${courses.position})` }).from(courses);
  return (row?.max ?? -1) + 1;
}

export async function insertCourses(tx: Tx, rows: NewCourse[]): Promise<CourseRow[]> {
  return tx.insert(courses).values(rows).returning();
}

export async function updateCourse(tx: Tx, id: string, patch: Partial<NewCourse>): Promise<CourseRow | undefined> {
  const [row] = await tx.update(courses).set({ ...patch, updatedAt: new Date() }).where(eq(courses.id, id)).returning();
  return row;
}

export async function courseImpact(tx: Tx, id: string) {
  const count = async (table: typeof courseFolders | typeof grades | typeof flashcards) => {
    const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(table).where(eq(table.courseId, id));
    return row?.n ?? 0;
  };
  const [fileRow] = await tx.select({ n: sql<number>`count(*)::int` }).from(files).where(and(eq(files.courseId, id), isNull(files.deletedAt)));
  return { folders: await count(courseFolders), files: fileRow?.n ?? 0, grades: await count(grades), flashcards: await count(flashcards) };
}

/** Files of a deleted course go to the trash (kept 30 days); folders, grades and cards go with it. */
export async function deleteCourse(tx: Tx, id: string): Promise<boolean> {
  await tx.update(files).set({ deletedAt: new Date() }).where(and(eq(files.courseId, id), isNull(files.deletedAt)));
  const rows = await tx.delete(courses).where(eq(courses.id, id)).returning({ id: courses.id });
  return rows.length === 1;
}

export async function setCoursePositions(tx: Tx, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await tx
    .update(courses)
    // One text parameter (Drizzle would spread a JS array into a parameter list).
    .set({ position: sql`array_position(string_to_array(${ids.join(',')}, ',')::uuid[], ${courses.id}) - 1`, updatedAt: new Date() })
    .where(inArray(courses.id, ids))
    .returning({ id: courses.id });
  return rows.length;
}

export function listFolders(tx: Tx, courseId: string): Promise<FolderRow[]> {
  return tx.select().from(courseFolders).where(eq(courseFolders.courseId, courseId)).orderBy(asc(courseFolders.position), asc(courseFolders.name));
}

export async function findFolder(tx: Tx, id: string): Promise<FolderRow | undefined> {
  const [row] = await tx.select().from(courseFolders).where(eq(courseFolders.id, id));
  return row;
}

/** Serialises folder creation in one course until the transaction ends, so parallel jobs never create the same folder twice. */
export async function lockCourseFolders(tx: Tx, userId: string, courseId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${userId}/${courseId}/folders`}, 0))`);
}

export async function insertFolder(tx: Tx, row: typeof courseFolders.$inferInsert): Promise<FolderRow> {
  const [created] = await tx.insert(courseFolders).values(row).returning();
  return created!;
}

/** The folder and every folder below it. */
export async function folderSubtree(tx: Tx, id: string): Promise<string[]> {
  const { rows } = await tx.execute<{ id: string }>(sql`
    with recursive sub as (
      select id from ${courseFolders} where id = ${id}
      union all
      select c.id from ${courseFolders} c join sub on c.parent_id = sub.id
    ) select id from sub`);
  return rows.map((r) => r.id);
}

export async function updateFolder(tx: Tx, id: string, patch: Partial<Pick<FolderRow, 'name' | 'parentId'>>): Promise<FolderRow | undefined> {
  const [row] = await tx.update(courseFolders).set({ ...patch, updatedAt: new Date() }).where(eq(courseFolders.id, id)).returning();
  return row;
}

/** Moves folders (a subtree) and the files in them to another course. */
export async function moveFoldersToCourse(tx: Tx, ids: string[], courseId: string): Promise<void> {
  await tx.update(courseFolders).set({ courseId, updatedAt: new Date() }).where(inArray(courseFolders.id, ids));
  await tx.update(files).set({ courseId, updatedAt: new Date() }).where(inArray(files.folderId, ids));
}

export async function deleteFolders(tx: Tx, ids: string[]): Promise<{ filesUnfiled: number }> {
  const unfiled = await tx.update(files).set({ folderId: null, updatedAt: new Date() }).where(inArray(files.folderId, ids)).returning({ id: files.id });
  await tx.delete(courseFolders).where(inArray(courseFolders.id, ids));
  return { filesUnfiled: unfiled.length };
}
