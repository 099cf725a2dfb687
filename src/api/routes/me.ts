import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { getProfile } from '@/domain/profile/get-profile';
import { localePreferencesSchema, profilePatchSchema, profileSchema } from '@/domain/profile/schemas';
import { updateProfile } from '@/domain/profile/update-profile';
import { jsonBody, okResponses, secured } from '../openapi';
import type { ApiEnv } from '../types';
import { withSession } from '../with-session';

export const meRoutes = new OpenAPIHono<ApiEnv>();

meRoutes.openapi(
  createRoute({ method: 'get', path: '/me', ...secured, responses: okResponses(profileSchema, 'Your profile') }),
  (c) => withSession(c, async (ctx) => c.json(await getProfile(ctx), 200)),
);

meRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/me',
    ...secured,
    request: { body: jsonBody(profilePatchSchema) },
    responses: okResponses(profileSchema, 'The updated profile'),
  }),
  (c) => withSession(c, async (ctx) => c.json(await updateProfile(ctx, c.req.valid('json')), 200)),
);

meRoutes.openapi(
  createRoute({ method: 'get', path: '/locale/preferences', ...secured, responses: okResponses(localePreferencesSchema, 'Locale and time zone') }),
  (c) => withSession(c, async (ctx) => {
    const p = await getProfile(ctx);
    return c.json({ locale: p.preferred_locale, timezone: p.timezone }, 200);
  }),
);

meRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/locale/preferences',
    ...secured,
    request: { body: jsonBody(localePreferencesSchema) },
    responses: okResponses(localePreferencesSchema, 'The saved preferences'),
  }),
  (c) => withSession(c, async (ctx) => {
    const { locale, timezone } = c.req.valid('json');
    const p = await updateProfile(ctx, { preferred_locale: locale, timezone });
    c.header('Set-Cookie', `NEXT_LOCALE=${p.preferred_locale}; Path=/; Max-Age=31536000; SameSite=Lax`);
    return c.json({ locale: p.preferred_locale, timezone: p.timezone }, 200);
  }),
);
