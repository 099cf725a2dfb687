import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { listAcademicSystems } from '@/db/queries/academic';
import { getReference } from '@/domain/academic/get-reference';
import { referenceQuerySchema, referenceSchema } from '@/domain/academic/schemas';
import { getProfile } from '@/domain/profile/get-profile';
import { listActivity } from '@/domain/profile/list-activity';
import { okResponses, secured } from '../openapi';
import type { ApiEnv } from '../types';
import { withSession } from '../with-session';

export const academicRoutes = new OpenAPIHono<ApiEnv>();


academicRoutes.openapi(
  createRoute({ method: 'get', path: '/academic/reference', ...secured, request: { query: referenceQuerySchema }, responses: okResponses(referenceSchema, 'A country’s academic system, terms and words') }),
  (c) =>
    withSession(c, async (ctx) => {
      const country = c.req.valid('query').country ?? (await getProfile(ctx)).country;
      return c.json(await getReference(ctx.tx, country, c.get('locale')), 200);
    }),
);

academicRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/academic/countries',
    ...secured,
    responses: okResponses(z.object({ data: z.array(z.object({ country: z.string(), academic_system: z.string() })) }), 'Countries with academic reference data'),
  }),
  (c) =>
    withSession(c, async (ctx) => {
      const rows = await listAcademicSystems(ctx.tx);
      return c.json({ data: rows.map((r) => ({ country: r.country, academic_system: r.academicSystem })) }, 200);
    }),
);

const activitySchema = z.object({ id: z.uuid(), action: z.string(), target: z.string().nullable(), created_at: z.string() }).openapi('Activity');

academicRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/activity',
    ...secured,
    request: { query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) }) },
    responses: okResponses(z.object({ data: z.array(activitySchema) }), 'Your recent activity, newest first'),
  }),
  (c) => withSession(c, async (ctx) => c.json({ data: await listActivity(ctx, c.req.valid('query').limit) }, 200)),
);
