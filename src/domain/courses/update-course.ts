import { recordActivity } from '@/db/queries/activity';
import { updateCourse as updateCourseRow } from '@/db/queries/courses';
import type { Locale } from '@/i18n/locales';
import type { UserContext } from '../context';
import { assertKnownTerm, courseScope } from './course-context';
import { getCourseOrThrow } from './get-course-or-throw';
import type { CourseDto, CourseUpdate } from './schemas';
import { toCourseDto } from './to-course-dto';

export async function updateCourse(ctx: UserContext, id: string, patch: CourseUpdate, locale?: Locale): Promise<CourseDto> {
  const before = await getCourseOrThrow(ctx, id);
  const scope = await courseScope(ctx, locale);
  await assertKnownTerm(ctx, scope, patch.term);
  const numeric = (v: number | null | undefined) => (v === undefined ? undefined : v === null ? null : String(v));
  await updateCourseRow(ctx.tx, id, {
    name: patch.name,
    code: patch.code,
    professor: patch.professor,
    term: patch.term,
    academicPeriodType: patch.academic_period_type,
    credits: numeric(patch.credits),
    ectsCredits: numeric(patch.ects_credits),
    color: patch.color,
    emoji: patch.emoji,
    archived: patch.archived,
  });
  if (patch.archived !== undefined && patch.archived !== before.archived) {
    await recordActivity(ctx.tx, patch.archived ? 'course.archived' : 'course.unarchived', before.name);
  } else {
    await recordActivity(ctx.tx, 'course.updated', patch.name ?? before.name);
  }
  return toCourseDto(await getCourseOrThrow(ctx, id), scope.label);
}
