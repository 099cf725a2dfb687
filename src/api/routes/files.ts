import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { Readable } from 'node:stream';
import { createTranslator } from 'next-intl';
import { AppError, type ErrorCode } from '@/domain/errors';
import { bulkFiles } from '@/domain/files/bulk-files';
import { correctFiles } from '@/domain/files/correct-files';
import { toFileDto } from '@/domain/files/file-resource';
import { getFileOrThrow, getFilesOrThrow } from '@/domain/files/get-file-or-throw';
import { listFiles } from '@/domain/files/list-files';
import { openDownload, previewFile } from '@/domain/files/open-file';
import { queueProcessing, recategorizeFiles } from '@/domain/files/recategorize-files';
import {
  categorizeSchema,
  fileBulkSchema,
  fileListQuerySchema,
  fileListSchema,
  fileSchema,
  fileUpdateSchema,
  previewSchema,
  searchQuerySchema,
  searchResponseSchema,
  uploadResponseSchema,
} from '@/domain/files/schemas';
import { searchFiles } from '@/domain/files/search-files';
import { removeObjects, trashFiles } from '@/domain/files/trash-files';
import { uploadFiles, uploadLimit } from '@/domain/files/upload-files';
import { contentDisposition } from '@/storage/object-storage';
import { loadNamespace } from '@/i18n/messages';
import { errorResponses, jsonBody, jsonText, okResponses, secured } from '../openapi';
import { receiveUploads } from '../receive-uploads';
import type { ApiEnv } from '../types';
import { afterCommit, authenticateWithoutTransaction, withSession } from '../with-session';

export const fileRoutes = new OpenAPIHono<ApiEnv>();

const idParam = z.object({ id: z.uuid() });
const list = z.object({ data: z.array(fileSchema) });

// Uploads stream: they are registered for the OpenAPI document, but their body never goes through a
// buffering validator.
fileRoutes.openAPIRegistry.registerPath({
  method: 'post',
  path: '/files/upload',
  security: [{ bearer: [] }],
  description:
    'Multipart upload: repeated `files` parts (a part\'s filename may carry the folder path it was dropped in, e.g. "BIO101/Week 3/notes.pdf") and an optional `course_id`. Type is checked by content, not extension; identical content already in your library is reported as `duplicate`, not stored twice. The largest file depends on your plan (`plan.max_upload_bytes` of `GET /api/me`); a larger one is refused with 413 `FILE_OVER_PLAN_LIMIT`.',
  request: { body: { content: { 'multipart/form-data': { schema: z.object({ files: z.array(z.string().openapi({ format: 'binary' })), course_id: z.uuid().optional() }) } } } },
  responses: { 201: { description: 'Per-file outcomes', content: { 'application/json': { schema: uploadResponseSchema } } }, ...errorResponses },
});

fileRoutes.post('/files/upload', authenticateWithoutTransaction, async (c) => {
  const session = c.get('session')!;
  const maxBytes = await uploadLimit(session);
  const form = await receiveUploads(c.req.raw, maxBytes);
  try {
    const courseId = form.fields.course_id || undefined;
    if (courseId && !z.uuid().safeParse(courseId).success) {
      throw new AppError('VALIDATION_FAILED', { details: [{ path: 'course_id', code: 'invalid_format' }] });
    }
    const outcomes = await uploadFiles({ userId: session.userId, region: session.region }, form.uploads, { courseId, maxBytes });
    const accepted = outcomes.filter((o) => o.outcome !== 'rejected');
    if (accepted.length === 0) {
      const first = outcomes[0] as Extract<(typeof outcomes)[number], { outcome: 'rejected' }>;
      if (outcomes.length === 1) throw first.error;
      throw new AppError(first.error.code, {
        params: first.error.options.params,
        details: outcomes.map((o, i) => ({ path: `files.${i}`, code: (o as typeof first).error.code, params: { ...(o as typeof first).error.options.params, name: o.name } })),
      });
    }
    const locale = c.get('locale');
    const t = createTranslator({ locale, messages: await loadNamespace(locale, 'errors'), namespace: 'errors' });
    const data = outcomes.map((o) =>
      o.outcome === 'rejected'
        ? { name: o.name, outcome: o.outcome, file: null, error: { code: o.error.code, message: t(o.error.code as ErrorCode, { seconds: 60, ...o.error.options.params }) } }
        : { name: o.name, outcome: o.outcome, file: toFileDto(o.file), error: null },
    );
    return c.json({ data }, outcomes.some((o) => o.outcome === 'stored') ? 201 : 200);
  } finally {
    await form.cleanup();
  }
});

fileRoutes.openapi(
  createRoute({ method: 'get', path: '/files', ...secured, request: { query: fileListQuerySchema }, responses: okResponses(fileListSchema, 'Your files, 50 per page by default') }),
  (c) => withSession(c, async (ctx) => jsonText(c, await listFiles(ctx, c.req.valid('query')))),
);

fileRoutes.openapi(
  createRoute({ method: 'get', path: '/files/{id}', ...secured, request: { params: idParam }, responses: okResponses(fileSchema, 'One file') }),
  (c) => withSession(c, async (ctx) => c.json(toFileDto(await getFileOrThrow(ctx, c.req.valid('param').id)), 200)),
);

fileRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/files/{id}',
    ...secured,
    request: { params: idParam, body: jsonBody(fileUpdateSchema) },
    responses: okResponses(fileSchema, 'The file after the change; a course or category set here is remembered as a correction'),
  }),
  (c) =>
    withSession(c, async (ctx) => {
      const body = c.req.valid('json');
      const file = await getFileOrThrow(ctx, c.req.valid('param').id);
      const [row] = await correctFiles(ctx, [file], { courseId: body.course_id, folderId: body.folder_id, category: body.category, displayName: body.display_name });
      return c.json(toFileDto(row!), 200);
    }),
);

fileRoutes.openapi(
  createRoute({ method: 'delete', path: '/files/{id}', ...secured, request: { params: idParam }, responses: okResponses(fileSchema, 'The file, now in the trash for 30 days') }),
  (c) =>
    withSession(c, async (ctx) => {
      const file = await getFileOrThrow(ctx, c.req.valid('param').id);
      const [row] = file.deletedAt ? [file] : await trashFiles(ctx, [file]);
      return c.json(toFileDto(row!), 200);
    }),
);

fileRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/files/bulk',
    ...secured,
    request: { body: jsonBody(fileBulkSchema) },
    responses: okResponses(list, 'The files after the action (all of them or none)'),
  }),
  (c) =>
    withSession(c, async (ctx) => {
      const result = await bulkFiles(ctx, c.req.valid('json'));
      if (result.removedKeys.length) afterCommit(c, () => removeObjects(ctx.region, result.removedKeys));
      return c.json({ data: result.files.map(toFileDto) }, 200);
    }),
);

fileRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/files/categorize',
    ...secured,
    request: { body: jsonBody(categorizeSchema) },
    responses: okResponses(list, 'The files, queued for analysis again; your own corrections are kept'),
  }),
  (c) =>
    withSession(c, async (ctx) => {
      const rows = await recategorizeFiles(ctx, await getFilesOrThrow(ctx, c.req.valid('json').file_ids));
      afterCommit(c, () => queueProcessing(ctx.region, rows));
      return c.json({ data: rows.map(toFileDto) }, 200);
    }),
);

fileRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/files/{id}/download',
    ...secured,
    request: { params: idParam, query: z.object({ inline: z.enum(['true', 'false']).optional() }) },
    responses: { 200: { description: 'The file (or a 302 to a signed URL valid for 60 s)' }, 302: { description: 'Signed URL' }, ...errorResponses },
  }),
  (c) =>
    withSession(c, async (ctx) => {
      const file = await getFileOrThrow(ctx, c.req.valid('param').id);
      const inline = c.req.valid('query').inline === 'true';
      const download = await openDownload(ctx, file, inline);
      if ('redirect' in download) return c.redirect(download.redirect, 302);
      const body = Readable.toWeb(download.stream) as ReadableStream;
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': download.contentType,
          'Content-Length': String(download.size),
          'Content-Disposition': contentDisposition(download.fileName, inline),
          'Cache-Control': 'private, no-store',
          // Even an inline view of a file cannot run script in our origin.
          'Content-Security-Policy': "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'",
          'X-Content-Type-Options': 'nosniff',
        },
      }) as never;
    }),
);

fileRoutes.openapi(
  createRoute({ method: 'get', path: '/files/{id}/preview', ...secured, request: { params: idParam }, responses: okResponses(previewSchema, 'What the in-browser viewer shows') }),
  (c) => withSession(c, async (ctx) => c.json(await previewFile(ctx, await getFileOrThrow(ctx, c.req.valid('param').id)), 200)),
);

fileRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/search',
    ...secured,
    request: { query: searchQuerySchema },
    responses: okResponses(searchResponseSchema, 'Your files matching the words, by name (original or smart) and full text, best first'),
  }),
  (c) => withSession(c, async (ctx) => jsonText(c, await searchFiles(ctx, c.req.valid('query')))),
);
