import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../client';
import { courses, grades } from '../schema';

export type GradeRow = typeof grades.$inferSelect;
export type NewGrade = typeof grades.$inferInsert;

export function listGrades(tx: Tx, filter: { courseId?: string }) {
  const q = tx.select().from(grades);
  return (filter.courseId ? q.where(eq(grades.courseId, filter.courseId)) : q).orderBy(asc(grades.dateRecorded), asc(grades.createdAt));
}

export async function findGrade(tx: Tx, id: string): Promise<GradeRow | undefined> {
  const [row] = await tx.select().from(grades).where(eq(grades.id, id));
  return row;
}

export async function insertGrade(tx: Tx, row: NewGrade): Promise<GradeRow> {
  const [created] = await tx.insert(grades).values(row).returning();
  return created!;
}

export async function updateGrade(tx: Tx, id: string, patch: Partial<NewGrade>): Promise<GradeRow | undefined> {
  const [row] = await tx.update(grades).set({ ...patch, updatedAt: new Date() }).where(eq(grades.id, id)).returning();
  return row;
}

export async function deleteGrade(tx: Tx, id: string): Promise<boolean> {
  return (await tx.delete(grades).where(eq(grades.id, id)).returning({ id: grades.id })).length === 1;
}

/** Each active course with its credits, for averages across courses. */
export function listCourseCredits(tx: Tx) {
  return tx
    .select({ id: courses.id, name: courses.name, credits: courses.credits, ectsCredits: courses.ectsCredits, archived: courses.archived })
    .from(courses)
    .orderBy(asc(courses.position));
}
