import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { getProfile } from '@/domain/profile/get-profile';
import { localePreferencesSchema, profilePatchSchema, profileSchema } from '@/domain/profile/schemas';
import { updateProfile } from '@/domain/profile/update-profile';
import { errorResponses, jsonBody } from '../openapi';
import type { ApiEnv } from '../types';
import { authenticate, withSession } from '../with-session';

export const meRoutes = new OpenAPIHono<ApiEnv>();

const json = (schema: typeof profileSchema | typeof localePreferencesSchema, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

meRoutes.openapi(
  createRoute({ method: 'get', path: '/me', security: [{ bearer: [] }], middleware: [authenticate] as const, responses: { 200: json(profileSchema, 'Your profile'), ...errorResponses } }),
  (c) => withSession(c, async (ctx) => c.json(await getProfile(ctx), 200)),
);

meRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/me',
    security: [{ bearer: [] }], middleware: [authenticate] as const,
    request: { body: jsonBody(profilePatchSchema) },
    responses: { 200: json(profileSchema, 'The updated profile'), ...errorResponses },
  }),
  (c) => withSession(c, async (ctx) => c.json(await updateProfile(ctx, c.req.valid('json')), 200)),
);

meRoutes.openapi(
  createRoute({ method: 'get', path: '/locale/preferences', security: [{ bearer: [] }], middleware: [authenticate] as const, responses: { 200: json(localePreferencesSchema, 'Locale and time zone'), ...errorResponses } }),
  (c) => withSession(c, async (ctx) => {
    const p = await getProfile(ctx);
    return c.json({ locale: p.preferred_locale, timezone: p.timezone }, 200);
  }),
);

meRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/locale/preferences',
    security: [{ bearer: [] }], middleware: [authenticate] as const,
    request: { body: jsonBody(localePreferencesSchema) },
    responses: { 200: json(localePreferencesSchema, 'The saved preferences'), ...errorResponses },
  }),
  (c) => withSession(c, async (ctx) => {
    const { locale, timezone } = c.req.valid('json');
    const p = await updateProfile(ctx, { preferred_locale: locale, timezone });
    c.header('Set-Cookie', `NEXT_LOCALE=${p.preferred_locale}; Path=/; Max-Age=31536000; SameSite=Lax`);
    return c.json({ locale: p.preferred_locale, timezone: p.timezone }, 200);
  }),
);
