// One action on many files at once (the library's multi-select): all of them or none.
import type { FileRow } from '@/db/queries/files';
import { updateFiles } from '@/db/queries/files';
import type { UserContext } from '../context';
import { AppError } from '../errors';
import { correctFiles } from './correct-files';
import { getFilesOrThrow } from './get-file-or-throw';
import type { FileBulk } from './schemas';
import { deleteFilesForever, restoreFiles, trashFiles } from './trash-files';

export type BulkResult = { files: FileRow[]; removedKeys: string[] };

async function rename(ctx: UserContext, rows: FileRow[], to: 'smart' | 'original'): Promise<FileRow[]> {
  const out: FileRow[] = [];
  for (const r of rows) {
    const name = to === 'smart' ? r.aiName : r.originalName;
    if (!name || name === r.displayName) out.push(r);
    else out.push(...(await updateFiles(ctx.tx, [r.id], { displayName: name })));
  }
  return out;
}

export async function bulkFiles(ctx: UserContext, body: FileBulk): Promise<BulkResult> {
  const rows = await getFilesOrThrow(ctx, body.file_ids);
  const done = (files: FileRow[]): BulkResult => ({ files, removedKeys: [] });
  switch (body.action) {
    case 'move':
      if (body.course_id === undefined && body.folder_id === undefined) {
        throw new AppError('VALIDATION_FAILED', { details: [{ path: 'course_id', code: 'required' }] });
      }
      return done(await correctFiles(ctx, rows, { courseId: body.course_id, folderId: body.folder_id }));
    case 'set_category':
      if (!body.category) throw new AppError('VALIDATION_FAILED', { details: [{ path: 'category', code: 'required' }] });
      return done(await correctFiles(ctx, rows, { category: body.category }));
    case 'smart_name':
      return done(await rename(ctx, rows, 'smart'));
    case 'original_name':
      return done(await rename(ctx, rows, 'original'));
    case 'trash':
      return done(await trashFiles(ctx, rows));
    case 'restore':
      return done(await restoreFiles(ctx, rows));
    case 'delete_forever':
      return { files: [], removedKeys: (await deleteFilesForever(ctx, rows)).keys };
  }
}
