import { setCoursePositions } from '@/db/queries/courses';
import type { Locale } from '@/i18n/locales';
import type { UserContext } from '../context';
import { AppError } from '../errors';
import { listCourses } from './list-courses';

/** New order for the given courses; an id that is not one of the caller's courses is a 404. */
export async function reorderCourses(ctx: UserContext, ids: string[], locale?: Locale) {
  if (new Set(ids).size !== ids.length) throw new AppError('VALIDATION_FAILED', { details: [{ path: 'ids', code: 'invalid' }] });
  const updated = await setCoursePositions(ctx.tx, ids);
  if (updated !== ids.length) throw new AppError('NOT_FOUND');
  return listCourses(ctx, {}, locale);
}
