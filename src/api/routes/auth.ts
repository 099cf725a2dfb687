// Region-agnostic front doors for the auth flows that start before the region is known, and the
// regional endpoints that links and OAuth callbacks land on (/api/auth/<region>/…).
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  authResultSchema,
  emailRequestSchema,
  resetPasswordSchema,
  signInSchema,
  signUpResultSchema,
  signUpSchema,
  socialSignInSchema,
  statusSchema,
} from '@/domain/accounts/schemas';
import { REGION_HINT_COOKIE, startOAuth } from '@/domain/accounts/start-oauth';
import { z } from '@hono/zod-openapi';
import { registerAccount } from '@/domain/accounts/register-account';
import { requestEmailLink } from '@/domain/accounts/request-email-link';
import { resetPassword } from '@/domain/accounts/reset-password';
import { signInWithPassword } from '@/domain/accounts/sign-in-with-password';
import { signOut } from '@/domain/accounts/sign-out';
import { AppError } from '@/domain/errors';
import { getAuth } from '@/platform/auth/better-auth';
import { CLIENT_IP_HEADER } from '@/platform/auth/headers';
import { env } from '@/platform/env';
import { isRegionId } from '@/platform/regions-config';
import { withSecurityHeaders } from '../middleware';
import { jsonBody, okResponses } from '../openapi';
import type { ApiEnv } from '../types';

export const authRoutes = new OpenAPIHono<ApiEnv>();


/** A locale the caller named explicitly (the /{locale}/api prefix), not one guessed from headers. */
function localeFromPath(c: Context<ApiEnv>) {
  return c.env?.localeHint;
}

/** The caller's headers for a Better Auth call, with the trusted client IP it records on sessions. */
function authHeaders(c: Context<ApiEnv>): Headers {
  const headers = new Headers(c.req.raw.headers);
  headers.set(CLIENT_IP_HEADER, c.get('clientIp'));
  return headers;
}

function withHeaders(c: Context<ApiEnv>, headers: Headers): void {
  for (const cookie of headers.getSetCookie()) c.header('Set-Cookie', cookie, { append: true });
}

/** Remember which cell this browser's account lives in, so OAuth later starts in the right one. */
function rememberRegion(c: Context<ApiEnv>, region: string): void {
  c.header('Set-Cookie', `${REGION_HINT_COOKIE}=${region}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax`, { append: true });
}

function geoCountry(c: Context<ApiEnv>): string | undefined {
  const v = c.req.header('x-vercel-ip-country') ?? c.req.header('cf-ipcountry') ?? env.DEV_GEO_COUNTRY;
  return v && /^[A-Za-z]{2}$/.test(v) ? v.toUpperCase() : undefined;
}

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/auth/sign-up/email',
    description:
      'Creates an account in the region the country picks and emails a confirmation link. The answer is the same when the address already has an account (its owner is emailed instead), so it says nothing about which addresses are registered and carries no session: confirm the email, then sign in for a token.',
    request: { body: jsonBody(signUpSchema) },
    responses: okResponses(signUpResultSchema, 'Accepted; a confirmation email is on its way'),
  }),
  async (c) => {
    const input = c.req.valid('json');
    const result = await registerAccount({ ...input, locale: input.locale ?? c.get('locale') }, authHeaders(c));
    rememberRegion(c, result.region);
    return c.json(result, 200);
  },
);

authRoutes.openapi(
  createRoute({ method: 'post', path: '/auth/sign-in/email', request: { body: jsonBody(signInSchema) }, responses: okResponses(authResultSchema, 'Signed in') }),
  async (c) => {
    const result = await signInWithPassword(c.req.valid('json'), authHeaders(c), localeFromPath(c));
    withHeaders(c, result.headers);
    rememberRegion(c, result.body.region);
    return c.json(result.body, 200);
  },
);

authRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/auth/sign-in/social',
    request: { body: jsonBody(socialSignInSchema) },
    responses: okResponses(z.object({ url: z.string(), region: z.string() }).openapi('OAuthStart'), 'Where to send the browser'),
  }),
  async (c) => {
    const input = c.req.valid('json');
    const result = await startOAuth({
      ...input,
      locale: input.locale ?? c.get('locale'),
      regionHint: c.req.header('cookie')?.match(new RegExp(`(?:^|;\\s*)${REGION_HINT_COOKIE}=([a-z0-9-]+)`))?.[1],
      geoCountry: geoCountry(c),
    });
    withHeaders(c, result.headers);
    return c.json(result.body, 200);
  },
);

authRoutes.openapi(
  createRoute({ method: 'post', path: '/auth/sign-in/magic-link', request: { body: jsonBody(emailRequestSchema) }, responses: okResponses(statusSchema, 'Link sent if the account exists') }),
  async (c) => {
    const { email, locale } = c.req.valid('json');
    return c.json(await requestEmailLink('magicLink', email, locale ?? localeFromPath(c)), 200);
  },
);

authRoutes.openapi(
  createRoute({ method: 'post', path: '/auth/request-password-reset', request: { body: jsonBody(emailRequestSchema) }, responses: okResponses(statusSchema, 'Link sent if the account exists') }),
  async (c) => {
    const { email, locale } = c.req.valid('json');
    return c.json(await requestEmailLink('reset', email, locale ?? localeFromPath(c)), 200);
  },
);

authRoutes.openapi(
  createRoute({ method: 'post', path: '/auth/reset-password', request: { body: jsonBody(resetPasswordSchema) }, responses: okResponses(statusSchema, 'Password changed; all sessions ended') }),
  async (c) => c.json(await resetPassword(c.req.valid('json')), 200),
);

for (const [path, everywhere] of [['/auth/sign-out', false], ['/auth/sign-out-everywhere', true]] as const) {
  authRoutes.openapi(
    createRoute({ method: 'post', path, security: [{ bearer: [] }], responses: okResponses(statusSchema, everywhere ? 'Every session ended' : 'Session ended') }),
    async (c) => {
      const result = await signOut(c.req.raw.headers, everywhere);
      withHeaders(c, result.headers);
      return c.json(result.body, 200);
    },
  );
}

// Only the endpoints that emailed links and OAuth providers call reach Better Auth directly;
// every other flow goes through the front doors above, which apply our rules first.
const REGIONAL = /^\/(verify-email|magic-link\/verify|callback\/[a-z0-9-]+|oauth2\/callback\/[a-z0-9-]+)$/;

authRoutes.on(['GET', 'POST'], '/auth/:region/*', async (c) => {
  const region = c.req.param('region');
  const rest = c.req.path.slice(`/api/auth/${region}`.length);
  if (!isRegionId(region) || !REGIONAL.test(rest)) throw new AppError('NOT_FOUND');
  const raw = c.req.raw;
  const init: RequestInit & { duplex?: 'half' } = { method: raw.method, headers: authHeaders(c), body: raw.body, duplex: 'half' };
  return withSecurityHeaders(await getAuth(region).handler(new Request(raw.url, init)), c.get('requestId'));
});
