import { recordActivity } from '@/db/queries/activity';
import { findCourse, insertCourses, nextCoursePosition } from '@/db/queries/courses';
import type { Locale } from '@/i18n/locales';
import type { UserContext } from '../context';
import { assertKnownTerm, courseScope } from './course-context';
import type { CourseCreate, CourseDto } from './schemas';
import { suggestCourseStyle } from './suggest-course-style';
import { toCourseDto } from './to-course-dto';

/** Creates one or several courses, all or nothing (the caller's transaction rolls back on error). */
export async function createCourses(ctx: UserContext, inputs: CourseCreate[], locale?: Locale): Promise<CourseDto[]> {
  const scope = await courseScope(ctx, locale);
  for (const [i, input] of inputs.entries()) await assertKnownTerm(ctx, scope, input.term, inputs.length > 1 ? `courses.${i}.term` : 'term');
  const start = await nextCoursePosition(ctx.tx);
  const rows = await insertCourses(
    ctx.tx,
    inputs.map((input, i) => {
      const style = suggestCourseStyle(input.name);
      return {
        userId: ctx.userId,
        name: input.name,
        code: input.code ?? null,
        professor: input.professor ?? null,
        term: input.term ?? null,
        academicPeriodType: input.academic_period_type ?? null,
        credits: input.credits == null ? null : String(input.credits),
        ectsCredits: input.ects_credits == null ? null : String(input.ects_credits),
        color: input.color ?? style.color,
        emoji: input.emoji === undefined ? style.emoji : input.emoji,
        position: start + i,
      };
    }),
  );
  for (const row of rows) await recordActivity(ctx.tx, 'course.created', row.name);
  const created = [];
  for (const row of rows) created.push(toCourseDto((await findCourse(ctx.tx, row.id))!, scope.label));
  return created;
}
