import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { convertGrade } from '@/domain/grades/convert-grade';
import { gradeSummary, neededForTarget } from '@/domain/grades/grade-summary';
import { createGrade, deleteGradeById, listCourseGrades, updateGradeById } from '@/domain/grades/record-grades';
import {
  convertGradeInputSchema,
  convertGradeResultSchema,
  gradeCreateSchema,
  gradeListSchema,
  gradeSchema,
  gradeSummarySchema,
  gradeUpdateSchema,
  neededInputSchema,
  neededResultSchema,
} from '@/domain/grades/schemas';
import { jsonBody, okResponses, secured } from '../openapi';
import type { ApiEnv } from '../types';
import { withSession } from '../with-session';

export const gradeRoutes = new OpenAPIHono<ApiEnv>();
const idParam = z.object({ id: z.uuid() });

gradeRoutes.openapi(
  createRoute({ method: 'get', path: '/grades', ...secured, request: { query: z.object({ course_id: z.uuid() }) }, responses: okResponses(gradeListSchema, 'A course’s assessments and its grade so far') }),
  (c) => withSession(c, async (ctx) => c.json(await listCourseGrades(ctx, c.req.valid('query').course_id), 200)),
);

gradeRoutes.openapi(
  createRoute({ method: 'post', path: '/grades', ...secured, request: { body: jsonBody(gradeCreateSchema) }, responses: okResponses(gradeSchema, 'The recorded assessment', 201) }),
  (c) => withSession(c, async (ctx) => c.json(await createGrade(ctx, c.req.valid('json')), 201)),
);

gradeRoutes.openapi(
  createRoute({ method: 'get', path: '/grades/summary', ...secured, responses: okResponses(gradeSummarySchema, 'Your average across courses, weighted by credits') }),
  (c) => withSession(c, async (ctx) => c.json(await gradeSummary(ctx), 200)),
);

gradeRoutes.openapi(
  createRoute({ method: 'post', path: '/grades/needed', ...secured, request: { body: jsonBody(neededInputSchema) }, responses: okResponses(neededResultSchema, 'The average needed on what is left') }),
  (c) =>
    withSession(c, async (ctx) => {
      const { course_id, target } = c.req.valid('json');
      return c.json(await neededForTarget(ctx, course_id, target), 200);
    }),
);

// A calculator: no account data involved, but signed-in like the rest of the API.
gradeRoutes.openapi(
  createRoute({ method: 'post', path: '/grades/convert', ...secured, request: { body: jsonBody(convertGradeInputSchema) }, responses: okResponses(convertGradeResultSchema, 'The converted grade and the table used') }),
  (c) => withSession(c, async () => c.json(convertGrade(c.req.valid('json')), 200)),
);

gradeRoutes.openapi(
  createRoute({ method: 'put', path: '/grades/{id}', ...secured, request: { params: idParam, body: jsonBody(gradeUpdateSchema) }, responses: okResponses(gradeSchema, 'The updated assessment') }),
  (c) => withSession(c, async (ctx) => c.json(await updateGradeById(ctx, c.req.valid('param').id, c.req.valid('json')), 200)),
);

gradeRoutes.openapi(
  createRoute({ method: 'delete', path: '/grades/{id}', ...secured, request: { params: idParam }, responses: okResponses(z.object({ deleted: z.literal(true) }), 'Deleted') }),
  (c) => withSession(c, async (ctx) => c.json(await deleteGradeById(ctx, c.req.valid('param').id), 200)),
);
