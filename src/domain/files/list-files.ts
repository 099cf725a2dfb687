import { listFiles as listFileRows, type Cursor, type FilePage } from '@/db/queries/files';
import type { UserContext } from '../context';
import { AppError } from '../errors';
import { mimesOfKind } from './file-kinds';
import type { FileListQuery } from './schemas';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether a timestamptz as PostgreSQL writes it as text names a real instant (a tampered cursor fails the cast otherwise). */
function isTimestamp(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/.exec(v);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate() && h < 24 && mi < 60 && s < 60;
}

/** What a cursor's sort value must be for its column's cast: PostgreSQL refuses anything else (and U+0000 in text) with an error, not a row. */
const SORT_VALUE: Record<FileListQuery['sort'], (v: string) => boolean> = {
  created_at: isTimestamp,
  size: (v) => /^\d{1,18}$/.test(v),
  name: (v) => !v.includes('\u0000'),
  date: (v) => !v.includes('\u0000'),
};

function decodeCursor(raw: string, sort: FileListQuery['sort']): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.v === 'string' && typeof c.id === 'string' && UUID.test(c.id) && SORT_VALUE[sort](c.v)) return c;
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
    { sort: q.sort, order: q.order, limit: q.limit, cursor: q.cursor ? decodeCursor(q.cursor, q.sort) : undefined },
  );
  return filePageBody(page);
}
