import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { AppError } from '@/domain/errors';
import { defaultLocale, isLocale, matchAcceptLanguage } from '@/i18n/locales';
import { appUrl } from '@/platform/auth/better-auth';
import { API_CSP } from '@/platform/csp';
import { env } from '@/platform/env';
import { logger } from '@/platform/logger';
import { httpDuration, httpErrors, httpRequests } from '@/platform/metrics';
import { consumeRateLimit } from '@/platform/rate-limit';
import { errorResponse } from './errors';
import type { ApiEnv } from './types';

const REQUEST_ID_RE = /^[\w.-]{8,64}$/;

export const requestContext: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const requestId = incoming && REQUEST_ID_RE.test(incoming) ? incoming : randomUUID();
  c.set('requestId', requestId);
  c.set('clientIp', c.env?.clientIp ?? 'unknown');
  // Locale: the /{locale}/api prefix (passed on as a header), then the cookie, then Accept-Language.
  const cookieLocale = c.req.header('cookie')?.match(/(?:^|;\s*)NEXT_LOCALE=([^;]+)/)?.[1];
  const hinted = c.env?.localeHint;
  c.set(
    'locale',
    isLocale(hinted) ? hinted : isLocale(cookieLocale) ? cookieLocale : (matchAcceptLanguage(c.req.header('accept-language')) ?? defaultLocale),
  );
  c.set('log', logger.child({ requestId }));
  c.header('x-request-id', requestId);
  await next();
};

export const securityHeaders: MiddlewareHandler<ApiEnv> = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', API_CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store');
  if (env.isProduction) c.header('Strict-Transport-Security', 'max-age=63072000; includeSubDomains; preload');
};

export const observe: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const start = performance.now();
  await next();
  const route = c.req.routePath && c.req.routePath !== '/*' && c.req.routePath !== '*' ? c.req.routePath : 'unmatched';
  const seconds = (performance.now() - start) / 1000;
  const status = c.res.status;
  httpRequests.inc({ method: c.req.method, route, status: String(status) });
  httpDuration.observe({ method: c.req.method, route }, seconds);
  if (status >= 400) httpErrors.inc({ method: c.req.method, route, code: c.get('errorCode') ?? String(status) });
  c.get('log').info({ method: c.req.method, path: c.req.path, route, status, ms: Math.round(seconds * 1000) }, 'request');
};

const AUTH_LIMITED = /^\/api\/auth\/(?:[a-z0-9-]+\/)?(sign-in|sign-up|request-password-reset|reset-password|magic-link|send-verification-email|forget-password)/;

export const rateLimit: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const ip = c.get('clientIp');
  let wait = await consumeRateLimit('overall', ip);
  if (wait === null && c.req.method === 'POST' && AUTH_LIMITED.test(c.req.path)) wait = await consumeRateLimit('auth', ip);
  if (wait !== null) return errorResponse(c, new AppError('RATE_LIMITED', { retryAfter: wait }));
  await next();
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookies are SameSite=Lax; on top of that a state-changing request that carries cookies must come
 * from our own origin. Bearer-token clients are not exposed to CSRF and pass.
 */
export const csrf: MiddlewareHandler<ApiEnv> = async (c, next) => {
  if (SAFE_METHODS.has(c.req.method) || !c.req.header('cookie') || c.req.header('authorization')) return next();
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  const allowed = new Set([new URL(appUrl()).origin, `${new URL(c.req.url).protocol}//${c.req.header('host')}`]);
  if ((origin && origin !== 'null' && !allowed.has(origin)) || origin === 'null' || site === 'cross-site' || site === 'same-site') {
    return errorResponse(c, new AppError('CROSS_SITE_REQUEST'));
  }
  await next();
};

/** JSON bodies only, except where a route declares another type (uploads). */
export const requireJson: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const hasBody = c.req.header('content-length') !== undefined ? c.req.header('content-length') !== '0' : c.req.header('transfer-encoding') !== undefined;
  if (!SAFE_METHODS.has(c.req.method) && hasBody && !/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
    return errorResponse(c, new AppError('UNSUPPORTED_MEDIA_TYPE'));
  }
  await next();
};
