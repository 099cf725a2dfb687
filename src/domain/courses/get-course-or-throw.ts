import { findCourse, type CourseWithStats } from '@/db/queries/courses';
import type { UserContext } from '../context';
import { AppError } from '../errors';

/** Another user's course is not found, the same as one that never existed. */
export async function getCourseOrThrow(ctx: UserContext, id: string): Promise<CourseWithStats> {
  const course = await findCourse(ctx.tx, id);
  if (!course) throw new AppError('NOT_FOUND');
  return course;
}
