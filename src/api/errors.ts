// The one place that turns errors into the standard response:
// {"error": {"code", "message", "details"?, "timestamp", "requestId"}} with a localised message.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { createTranslator } from 'next-intl';
import { ZodError, type z } from 'zod';
import { isDatabaseDown } from '@/db/connection-errors';
import { AppError, errorStatus, type ErrorCode, type FieldIssue } from '@/domain/errors';
import { loadNamespace } from '@/i18n/messages';
import { logger } from '@/platform/logger';
import type { ApiEnv } from './types';

export function fieldIssues(error: ZodError | z.core.$ZodError): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.');
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push({ path: base ? `${base}.${key}` : key, code: 'unrecognized_keys' });
        break;
      case 'invalid_type':
        // zod does not report the input by default; its message names what it received.
        out.push({ path: base, code: /received undefined$/.test(issue.message) ? 'required' : 'invalid_type' });
        break;
      case 'too_small':
        if (issue.origin === 'string' && Number(issue.minimum) === 1) out.push({ path: base, code: 'required' });
        else out.push({ path: base, code: issue.origin === 'string' ? 'too_small_string' : 'too_small', params: { minimum: Number(issue.minimum) } });
        break;
      case 'too_big':
        out.push({ path: base, code: issue.origin === 'string' ? 'too_big_string' : 'too_big', params: { maximum: Number(issue.maximum) } });
        break;
      case 'invalid_value':
        out.push({ path: base, code: 'invalid_value', params: { options: issue.values.map(String).join(', ') } });
        break;
      case 'invalid_format':
        out.push({ path: base, code: 'invalid_format' });
        break;
      case 'custom': {
        // A refinement may name its own field code (e.g. invalid_characters from nameField()).
        const code = (issue.params as { code?: unknown } | undefined)?.code;
        out.push({ path: base, code: typeof code === 'string' ? code : 'invalid' });
        break;
      }
      default:
        out.push({ path: base, code: 'invalid' });
    }
  }
  return out;
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) return new AppError('VALIDATION_FAILED', { details: fieldIssues(err) });
  if (err instanceof HTTPException) {
    if (err.status === 400 && /malformed json/i.test(err.message)) return new AppError('MALFORMED_JSON');
    if (err.status === 413) return new AppError('PAYLOAD_TOO_LARGE');
    if (err.status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
    if (err.status === 401) return new AppError('UNAUTHENTICATED');
    if (err.status === 404) return new AppError('NOT_FOUND');
  }
  if (isDatabaseDown(err)) return new AppError('REGION_UNAVAILABLE', { cause: err });
  return new AppError('INTERNAL', { cause: err });
}

export async function errorBody(err: AppError, locale: ApiEnv['Variables']['locale'], requestId: string) {
  const t = createTranslator({ locale, messages: await loadNamespace(locale, 'errors'), namespace: 'errors' });
  const message = t(err.code as ErrorCode, { seconds: err.options.retryAfter ?? 60, ...err.options.params });
  const details = err.options.details?.map((d) => ({
    path: d.path,
    code: d.code,
    // A detail can carry a whole error of its own (one rejected file of an upload).
    message: d.code in errorStatus ? t(d.code as ErrorCode, { seconds: 60, ...d.params }) : t(`fields.${d.code === 'out_of_range' && d.params?.allowed !== undefined ? 'out_of_range_values' : d.code}` as 'fields.invalid', d.params as Record<string, string>),
  }));
  return { error: { code: err.code, message, ...(details ? { details } : {}), timestamp: new Date().toISOString(), requestId } };
}

export async function errorResponse(c: Context<ApiEnv>, err: unknown): Promise<Response> {
  const appError = toAppError(err);
  if (appError.status >= 500) {
    logger.error({ requestId: c.get('requestId'), err: appError.options.cause ?? err, code: appError.code }, 'request failed');
  }
  if (appError.options.retryAfter) c.header('Retry-After', String(appError.options.retryAfter));
  c.set('errorCode', appError.code);
  return c.json(await errorBody(appError, c.get('locale'), c.get('requestId')), appError.status as 400);
}

export function notFoundHandler(c: Context<ApiEnv>) {
  return errorResponse(c, new AppError('NOT_FOUND'));
}
