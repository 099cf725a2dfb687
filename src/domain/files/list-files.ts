import { listFiles as listFileRows, type Cursor, type FilePage } from '@/db/queries/files';
import type { UserContext } from '../context';
import { AppError } from '../errors';
import { mimesOfKind } from './file-kinds';
import type { FileListQuery } from './schemas';

function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.v === 'string' && typeof c.id === 'string' && /^[0-9a-f-]{36}$/.test(c.id)) return c;
  } catch {
    // fall through to the validation error
  }
  throw new AppError('VALIDATION_FAILED', { details: [{ path: 'cursor', code: 'invalid' }] });
}

type FilterQuery = Pick<FileListQuery, 'course_id' | 'folder_id' | 'category' | 'language' | 'type' | 'from' | 'to'>;

/** The library's filters as the data layer takes them (shared by the list and search). */
export function fileFilter(q: FilterQuery) {
  return {
    courseId: q.course_id === 'none' ? null : q.course_id,
    folderId: q.folder_id,
    category: q.category,
    language: q.language,
    mimeTypes: q.type ? mimesOfKind(q.type) : undefined,
    from: q.from,
    to: q.to,
  };
}

/** The response body of a page: its files as the database wrote them, and the next page's cursor. */
export function filePageBody({ json, next }: FilePage): string {
  const cursor = next ? Buffer.from(JSON.stringify(next)).toString('base64url') : null;
  return `{"data":${json},"next_cursor":${JSON.stringify(cursor)}}`;
}

/** A page of the library as the response's JSON text (files.resource, migration 0007). */
export async function listFiles(ctx: UserContext, q: FileListQuery): Promise<string> {
  const page = await listFileRows(
    ctx.tx,
    { ...fileFilter(q), status: q.status, trashed: q.trashed ?? false, review: q.review ?? false },
    { sort: q.sort, order: q.order, limit: q.limit, cursor: q.cursor ? decodeCursor(q.cursor) : undefined },
  );
  return filePageBody(page);
}
