import { z } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import type { ZodType } from 'zod';
import { authenticate } from './with-session';

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
      timestamp: z.string(),
      requestId: z.string(),
    }),
  })
  .openapi('Error');

const err = (description: string) => ({ description, content: { 'application/json': { schema: errorSchema } } });

export const errorResponses = {
  400: err('Invalid input; `details` names the fields'),
  401: err('Not signed in'),
  404: err('Not found (also for resources of other users)'),
  413: err('Body too large'),
  415: err('Body is not JSON'),
  429: err('Rate limited; see Retry-After'),
  503: err('The caller’s region is unavailable'),
} as const;

export function jsonBody<T extends ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

/** Route options for endpoints that need a signed-in caller (checked before validation). */
export const secured = { security: [{ bearer: [] }], middleware: [authenticate] };

/** A success response in the given status plus the standard error responses. */
export function okResponses<T extends ZodType>(schema: T, description: string, status: 200 | 201 = 200) {
  return { [status]: { description, content: { 'application/json': { schema } } }, ...errorResponses } as {
    [K in typeof status]: { description: string; content: { 'application/json': { schema: T } } };
  } & typeof errorResponses;
}

/**
 * A 200 whose JSON the database already wrote (the library's pages): sent as is, not parsed and
 * serialised again. The route's schema still documents it; the integration tests check its shape.
 */
export function jsonText(c: Context, json: string) {
  return c.body(json, 200, { 'content-type': 'application/json' }) as unknown as Response & TypedResponse<never, 200, 'json'>;
}
