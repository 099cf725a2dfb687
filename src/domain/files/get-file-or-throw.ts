import { findFile, findFiles, type FileRow } from '@/db/queries/files';
import type { UserContext } from '../context';
import { AppError } from '../errors';

/** Another user's file is not found, the same as one that never existed. */
export async function getFileOrThrow(ctx: UserContext, id: string): Promise<FileRow> {
  const file = await findFile(ctx.tx, id);
  if (!file) throw new AppError('NOT_FOUND');
  return file;
}

/** All of the ids, or NOT_FOUND: a bulk action never half-applies to a list with a stranger's id. */
export async function getFilesOrThrow(ctx: UserContext, ids: string[]): Promise<FileRow[]> {
  const unique = [...new Set(ids)];
  const rows = await findFiles(ctx.tx, unique);
  if (rows.length !== unique.length) throw new AppError('NOT_FOUND');
  return rows;
}
