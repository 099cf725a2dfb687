// Recording assessments per course: list with the course grade so far, create, edit, delete.
import { recordActivity } from '@/db/queries/activity';
import { deleteGrade as deleteGradeRow, findGrade, insertGrade, listGrades as listGradeRows, updateGrade, type GradeRow } from '@/db/queries/grades';
import { getProfileWithUser } from '@/db/queries/profiles';
import type { UserContext } from '../context';
import { getCourseOrThrow } from '../courses/get-course-or-throw';
import { AppError } from '../errors';
import { courseGrade } from './averages';
import { convertGrade, type System } from './convert-grade';
import type { GradeCreate, GradeDto, GradeUpdate } from './schemas';

/** A grade in its own system as a percentage (the pivot every average is computed on). */
export function toPercentage(value: string, system: System): number {
  return Number(convertGrade({ grade: value, from_system: system, to_system: 'percentage' }).value);
}

/** How a percentage reads in a system: "3.3", "2:1", "B", "68.5". */
export function displayIn(percentage: number, system: System): string {
  return convertGrade({ grade: percentage, from_system: 'percentage', to_system: system }).display;
}

/** Checks a grade against its system; the field is named as the API names it. */
function normaliseGradeValue(value: string | number, system: System): string {
  try {
    convertGrade({ grade: value, from_system: system, to_system: system });
    // Kept as the student wrote it (a letter stays a letter); the conversion above vouches for it.
    return typeof value === 'number' ? String(value) : value.trim();
  } catch (err) {
    if (err instanceof AppError && err.options.details) {
      throw new AppError('VALIDATION_FAILED', { details: err.options.details.map((d) => ({ ...d, path: 'grade_value' })) });
    }
    throw err;
  }
}

function toGradeDto(row: GradeRow): GradeDto {
  const system = row.gradeType as System;
  const percentage = row.gradeValue === null ? null : toPercentage(row.gradeValue, system);
  return {
    id: row.id,
    course_id: row.courseId,
    name: row.name,
    weight: Number(row.weight),
    grade_value: row.gradeValue,
    grade_type: system,
    date_recorded: row.dateRecorded,
    percentage,
    display: row.gradeValue === null ? null : convertGrade({ grade: row.gradeValue, from_system: system, to_system: system }).display,
  };
}

async function userSystem(ctx: UserContext): Promise<System> {
  const row = await getProfileWithUser(ctx.tx, ctx.userId);
  if (!row) throw new AppError('NOT_FOUND');
  return row.profile.academicSystem;
}

export async function listCourseGrades(ctx: UserContext, courseId: string) {
  await getCourseOrThrow(ctx, courseId);
  const rows = await listGradeRows(ctx.tx, { courseId });
  const system = await userSystem(ctx);
  const data = rows.map(toGradeDto);
  const result = courseGrade(data.map((g) => ({ weight: g.weight, value: g.percentage })));
  return {
    data,
    course: {
      percentage: result.percentage,
      graded_weight: result.gradedWeight,
      total_weight: result.totalWeight,
      display: result.percentage === null ? null : displayIn(result.percentage, system),
    },
  };
}

export async function createGrade(ctx: UserContext, input: GradeCreate): Promise<GradeDto> {
  const course = await getCourseOrThrow(ctx, input.course_id);
  const system = input.grade_type ?? (await userSystem(ctx));
  const value = input.grade_value == null ? null : normaliseGradeValue(input.grade_value, system);
  const row = await insertGrade(ctx.tx, {
    userId: ctx.userId,
    courseId: input.course_id,
    name: input.name,
    weight: String(input.weight),
    gradeValue: value,
    gradeType: system,
    dateRecorded: input.date_recorded ?? null,
  });
  if (value !== null) await recordActivity(ctx.tx, 'grade.recorded', `${course.name}: ${input.name}`);
  return toGradeDto(row);
}

export async function updateGradeById(ctx: UserContext, id: string, patch: GradeUpdate): Promise<GradeDto> {
  const current = await findGrade(ctx.tx, id);
  if (!current) throw new AppError('NOT_FOUND');
  const system = patch.grade_type ?? (current.gradeType as System);
  const value = patch.grade_value === undefined ? undefined : patch.grade_value === null ? null : normaliseGradeValue(patch.grade_value, system);
  const row = await updateGrade(ctx.tx, id, {
    name: patch.name,
    weight: patch.weight === undefined ? undefined : String(patch.weight),
    gradeValue: value,
    gradeType: system,
    dateRecorded: patch.date_recorded,
  });
  return toGradeDto(row!);
}

export async function deleteGradeById(ctx: UserContext, id: string): Promise<{ deleted: true }> {
  if (!(await deleteGradeRow(ctx.tx, id))) throw new AppError('NOT_FOUND');
  return { deleted: true };
}
