// The REST API: a Hono app the Node server mounts at /api ahead of Next.js, and that a Next.js
// catch-all route can mount on serverless hosts.
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '@/domain/errors';
import { fieldIssues, errorResponse, notFoundHandler } from './errors';
import { guard, requestFrame, UPLOAD_PATH } from './middleware';
import { authRoutes } from './routes/auth';
import { meRoutes } from './routes/me';
import { courseRoutes } from './routes/courses';
import { academicRoutes } from './routes/academic';
import { gradeRoutes } from './routes/grades';
import { fileRoutes } from './routes/files';
import { systemRoutes } from './routes/system';
import type { ApiEnv } from './types';

export const JSON_BODY_LIMIT = 1024 * 1024;

export function createApi() {
  const api = new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (!result.success) throw new AppError('VALIDATION_FAILED', { details: fieldIssues(result.error) });
    },
  }).basePath('/api');

  api.use('*', requestFrame);
  const limitBody = bodyLimit({ maxSize: JSON_BODY_LIMIT, onError: () => { throw new AppError('PAYLOAD_TOO_LARGE'); } });
  // GET and HEAD carry no body; skipping them also keeps the Node adapter's lightweight request.
  // Uploads stream to disk under their own per-file limit.
  api.use('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.path === UPLOAD_PATH ? next() : limitBody(c, next)));
  api.use('*', guard);

  api.route('/', systemRoutes);
  api.route('/', authRoutes);
  api.route('/', meRoutes);
  api.route('/', courseRoutes);
  api.route('/', academicRoutes);
  api.route('/', gradeRoutes);
  api.route('/', fileRoutes);

  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'The `token` from sign-up or sign-in: `<region>:<session token>`',
  });
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'CourseFlow API', version: '1.0.0', description: 'Errors: {"error":{"code","message","details"?,"timestamp","requestId"}}' },
  });

  api.notFound(notFoundHandler);
  api.onError((err, c) => errorResponse(c, err));
  return api;
}
