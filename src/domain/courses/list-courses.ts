import { listCourses as listCourseRows } from '@/db/queries/courses';
import type { Locale } from '@/i18n/locales';
import type { UserContext } from '../context';
import { courseScope } from './course-context';
import type { CourseDto } from './schemas';
import { toCourseDto } from './to-course-dto';

export async function listCourses(ctx: UserContext, filter: { term?: string; archived?: boolean }, locale?: Locale): Promise<CourseDto[]> {
  const scope = await courseScope(ctx, locale);
  const rows = await listCourseRows(ctx.tx, filter);
  return rows.map((r) => toCourseDto(r, scope.label));
}
