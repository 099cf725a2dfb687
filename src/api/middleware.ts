import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '@/domain/errors';
import { defaultLocale, isLocale, matchAcceptLanguage } from '@/i18n/locales';
import { isOwnOrigin } from '@/platform/auth/own-origin';
import { API_CSP } from '@/platform/csp';
import { env } from '@/platform/env';
import { logger } from '@/platform/logger';
import { httpDuration, httpErrors, httpRequests } from '@/platform/metrics';
import { consumeRateLimit } from '@/platform/rate-limit';
import { errorResponse } from './errors';
import type { ApiEnv } from './types';

const REQUEST_ID_RE = /^[\w.-]{8,64}$/;

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': API_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  ...(env.isProduction ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload' } : {}),
};

/** For a Response made outside Hono's context (Better Auth's own endpoints). */
export function withSecurityHeaders(res: Response, requestId: string): Response {
  const headers = new Headers(res.headers);
  for (const name in SECURITY_HEADERS) headers.set(name, SECURITY_HEADERS[name]!);
  headers.set('x-request-id', requestId);
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

// prom-client hashes label objects on every call; bound children are looked up by a string key.
const requestCounters = new Map<string, ReturnType<typeof httpRequests.labels>>();
const durationHistograms = new Map<string, ReturnType<typeof httpDuration.labels>>();

function record(method: string, route: string, status: number, seconds: number, errorCode: string | undefined): void {
  const key = `${method} ${route}`;
  let histogram = durationHistograms.get(key);
  if (!histogram) durationHistograms.set(key, (histogram = httpDuration.labels(method, route)));
  histogram.observe(seconds);
  const statusKey = `${key} ${status}`;
  let counter = requestCounters.get(statusKey);
  if (!counter) requestCounters.set(statusKey, (counter = httpRequests.labels(method, route, String(status))));
  counter.inc();
  if (status >= 400) httpErrors.inc({ method, route, code: errorCode ?? String(status) });
}

/**
 * The frame of every API request, in one middleware: request id, locale (the /{locale}/api
 * prefix, then the cookie, then Accept-Language), metrics and the request log line, and the
 * security headers on the way out.
 */
export const requestFrame: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const start = performance.now();
  const incoming = c.req.header('x-request-id');
  const requestId = incoming && REQUEST_ID_RE.test(incoming) ? incoming : randomUUID();
  c.set('requestId', requestId);
  c.set('clientIp', c.env?.clientIp ?? 'unknown');
  const cookieLocale = c.req.header('cookie')?.match(/(?:^|;\s*)NEXT_LOCALE=([^;]+)/)?.[1];
  const hinted = c.env?.localeHint;
  c.set(
    'locale',
    isLocale(hinted) ? hinted : isLocale(cookieLocale) ? cookieLocale : (matchAcceptLanguage(c.req.header('accept-language')) ?? defaultLocale),
  );

  // Headers go on before the handler runs: set after it, Hono would rebuild the whole Response.
  // A route that may be cached overrides Cache-Control itself.
  c.header('x-request-id', requestId);
  for (const name in SECURITY_HEADERS) c.header(name, SECURITY_HEADERS[name]);
  c.header('Cache-Control', 'no-store');

  await next();

  const routePath = c.req.routePath;
  const route = routePath && routePath !== '/*' && routePath !== '*' ? routePath : 'unmatched';
  const seconds = (performance.now() - start) / 1000;
  const status = c.res.status;
  record(c.req.method, route, status, seconds, c.get('errorCode'));
  if (logger.isLevelEnabled('info')) {
    logger.info({ requestId, method: c.req.method, path: c.req.path, route, status, ms: Math.round(seconds * 1000) }, 'request');
  }
};

const AUTH_LIMITED = /^\/api\/auth\/(?:[a-z0-9-]+\/)?(sign-in|sign-up|request-password-reset|reset-password|magic-link|send-verification-email|forget-password)/;

/** The one route whose body is multipart: it streams files to disk under its own limits. */
export const UPLOAD_PATH = '/api/files/upload';

async function rateLimited(c: Context<ApiEnv>): Promise<AppError | null> {
  const ip = c.get('clientIp');
  let wait = await consumeRateLimit(c.req.path === UPLOAD_PATH ? 'upload' : 'overall', ip);
  if (wait === null && c.req.method === 'POST' && AUTH_LIMITED.test(c.req.path)) wait = await consumeRateLimit('auth', ip);
  return wait === null ? null : new AppError('RATE_LIMITED', { retryAfter: wait });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookies are SameSite=Lax; on top of that a state-changing request that carries cookies must come
 * from our own origin. Bearer-token clients are not exposed to CSRF and pass.
 */
function crossSite(c: Context<ApiEnv>): AppError | null {
  if (SAFE_METHODS.has(c.req.method) || !c.req.header('cookie') || c.req.header('authorization')) return null;
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  if ((origin && !isOwnOrigin(origin, `${new URL(c.req.url).protocol}//${c.req.header('host')}`)) || site === 'cross-site' || site === 'same-site') {
    return new AppError('CROSS_SITE_REQUEST');
  }
  return null;
}


/** JSON bodies only, except where a route declares another type (uploads). */
function notJson(c: Context<ApiEnv>): AppError | null {
  if (SAFE_METHODS.has(c.req.method) || c.req.path === UPLOAD_PATH) return null;
  const hasBody = c.req.header('content-length') !== undefined ? c.req.header('content-length') !== '0' : c.req.header('transfer-encoding') !== undefined;
  return hasBody && !/^application\/json\b/i.test(c.req.header('content-type') ?? '') ? new AppError('UNSUPPORTED_MEDIA_TYPE') : null;
}

/** Rate limits, then the CSRF origin check, then the body type: the first refusal answers. */
export const guard: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const refusal = (await rateLimited(c)) ?? crossSite(c) ?? notJson(c);
  if (refusal) return errorResponse(c, refusal);
  await next();
};
