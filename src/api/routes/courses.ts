import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { createCourses } from '@/domain/courses/create-courses';
import { deleteCourse, getCourseImpact } from '@/domain/courses/delete-course';
import { createFolder, deleteFolder, listFolders, updateFolderById } from '@/domain/courses/folders';
import { getCourseOrThrow } from '@/domain/courses/get-course-or-throw';
import { listCourses } from '@/domain/courses/list-courses';
import { reorderCourses } from '@/domain/courses/reorder-courses';
import {
  courseBatchSchema,
  courseCreateSchema,
  courseListQuerySchema,
  courseSchema,
  courseUpdateSchema,
  folderCreateSchema,
  folderSchema,
  folderUpdateSchema,
  impactSchema,
  reorderSchema,
  suggestionQuerySchema,
  suggestionSchema,
} from '@/domain/courses/schemas';
import { courseScope } from '@/domain/courses/course-context';
import { suggestCourseStyle } from '@/domain/courses/suggest-course-style';
import { toCourseDto } from '@/domain/courses/to-course-dto';
import { updateCourse } from '@/domain/courses/update-course';
import { jsonBody, okResponses, secured } from '../openapi';
import type { ApiEnv } from '../types';
import { withSession } from '../with-session';

export const courseRoutes = new OpenAPIHono<ApiEnv>();

const idParam = z.object({ id: z.uuid() });
const list = <T extends z.ZodType>(schema: T) => z.object({ data: z.array(schema) });
const deletedSchema = z.object({ deleted: impactSchema });

courseRoutes.openapi(
  createRoute({ method: 'get', path: '/courses', ...secured, request: { query: courseListQuerySchema }, responses: okResponses(list(courseSchema), 'Your courses, in your order') }),
  (c) =>
    withSession(c, async (ctx) => {
      const q = c.req.valid('query');
      const data = await listCourses(ctx, { term: q.term, archived: q.archived === undefined ? undefined : q.archived === 'true' }, c.get('locale'));
      return c.json({ data }, 200);
    }),
);

courseRoutes.openapi(
  createRoute({ method: 'post', path: '/courses', ...secured, request: { body: jsonBody(courseCreateSchema) }, responses: okResponses(courseSchema, 'The new course', 201) }),
  (c) => withSession(c, async (ctx) => c.json((await createCourses(ctx, [c.req.valid('json')], c.get('locale')))[0]!, 201)),
);

courseRoutes.openapi(
  createRoute({ method: 'post', path: '/courses/batch', ...secured, request: { body: jsonBody(courseBatchSchema) }, responses: okResponses(list(courseSchema), 'The new courses (all or none)', 201) }),
  (c) => withSession(c, async (ctx) => c.json({ data: await createCourses(ctx, c.req.valid('json').courses, c.get('locale')) }, 201)),
);

courseRoutes.openapi(
  createRoute({ method: 'post', path: '/courses/reorder', ...secured, request: { body: jsonBody(reorderSchema) }, responses: okResponses(list(courseSchema), 'Courses in the new order') }),
  (c) => withSession(c, async (ctx) => c.json({ data: await reorderCourses(ctx, c.req.valid('json').ids, c.get('locale')) }, 200)),
);

courseRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/courses/suggestions',
    ...secured,
    request: { query: suggestionQuerySchema },
    responses: okResponses(suggestionSchema, 'A colour, emoji and code suggested by the name'),
  }),
  (c) => withSession(c, async () => c.json(suggestCourseStyle(c.req.valid('query').name), 200)),
);

courseRoutes.openapi(
  createRoute({ method: 'get', path: '/courses/{id}', ...secured, request: { params: idParam }, responses: okResponses(courseSchema, 'The course') }),
  (c) =>
    withSession(c, async (ctx) => {
      const course = await getCourseOrThrow(ctx, c.req.valid('param').id);
      return c.json(toCourseDto(course, (await courseScope(ctx, c.get('locale'))).label), 200);
    }),
);

courseRoutes.openapi(
  createRoute({ method: 'put', path: '/courses/{id}', ...secured, request: { params: idParam, body: jsonBody(courseUpdateSchema) }, responses: okResponses(courseSchema, 'The updated course') }),
  (c) => withSession(c, async (ctx) => c.json(await updateCourse(ctx, c.req.valid('param').id, c.req.valid('json'), c.get('locale')), 200)),
);

courseRoutes.openapi(
  createRoute({ method: 'get', path: '/courses/{id}/impact', ...secured, request: { params: idParam }, responses: okResponses(impactSchema, 'What deleting the course would delete') }),
  (c) => withSession(c, async (ctx) => c.json(await getCourseImpact(ctx, c.req.valid('param').id), 200)),
);

courseRoutes.openapi(
  createRoute({ method: 'delete', path: '/courses/{id}', ...secured, request: { params: idParam }, responses: okResponses(deletedSchema, 'Deleted, with what went with it') }),
  (c) => withSession(c, async (ctx) => c.json(await deleteCourse(ctx, c.req.valid('param').id), 200)),
);

courseRoutes.openapi(
  createRoute({ method: 'get', path: '/courses/{id}/folders', ...secured, request: { params: idParam }, responses: okResponses(list(folderSchema), 'The course’s folders (flat)') }),
  (c) => withSession(c, async (ctx) => c.json({ data: await listFolders(ctx, c.req.valid('param').id) }, 200)),
);

courseRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/courses/{id}/folders',
    ...secured,
    request: { params: idParam, body: jsonBody(folderCreateSchema) },
    responses: okResponses(folderSchema, 'The new folder', 201),
  }),
  (c) => withSession(c, async (ctx) => c.json(await createFolder(ctx, c.req.valid('param').id, c.req.valid('json')), 201)),
);

courseRoutes.openapi(
  createRoute({ method: 'patch', path: '/folders/{id}', ...secured, request: { params: idParam, body: jsonBody(folderUpdateSchema) }, responses: okResponses(folderSchema, 'The renamed or moved folder') }),
  (c) => withSession(c, async (ctx) => c.json(await updateFolderById(ctx, c.req.valid('param').id, c.req.valid('json')), 200)),
);

courseRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/folders/{id}',
    ...secured,
    request: { params: idParam },
    responses: okResponses(z.object({ deleted: z.object({ folders: z.number(), files_unfiled: z.number() }) }), 'Deleted with its subfolders; files kept, unfiled'),
  }),
  (c) => withSession(c, async (ctx) => c.json(await deleteFolder(ctx, c.req.valid('param').id), 200)),
);
