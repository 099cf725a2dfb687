import { recordActivity } from '@/db/queries/activity';
import { courseImpact, deleteCourse as deleteCourseRow } from '@/db/queries/courses';
import type { UserContext } from '../context';
import { getCourseOrThrow } from './get-course-or-throw';

/** What deleting a course takes with it: shown before, answered after. */
export async function getCourseImpact(ctx: UserContext, id: string) {
  await getCourseOrThrow(ctx, id);
  return courseImpact(ctx.tx, id);
}

export async function deleteCourse(ctx: UserContext, id: string) {
  const course = await getCourseOrThrow(ctx, id);
  const impact = await courseImpact(ctx.tx, id);
  await deleteCourseRow(ctx.tx, id);
  await recordActivity(ctx.tx, 'course.deleted', course.name, impact);
  return { deleted: impact };
}
