// The file resource the API answers with. PostgreSQL builds and keeps it (file_resource(),
// migration 0007) for single files and whole pages alike, so it has one definition.
import { getDb, withUserTx } from '@/db/client';
import { findFileResources } from '@/db/queries/file-resources';
import type { UserContext } from '../context';
import { AppError } from '../errors';
import type { FileDto } from './schemas';

/** The resources of files the caller has just read or changed, in the order given. */
export function fileDtos(ctx: UserContext, ids: string[]): Promise<FileDto[]> {
  return findFileResources<FileDto>(ctx.tx, ids);
}

/** The same outside a request's transaction (uploads open their own, short ones). */
export function fileDtosOf(who: Omit<UserContext, 'tx'>, ids: string[]): Promise<FileDto[]> {
  return withUserTx(getDb(who.region), who.userId, (tx) => findFileResources<FileDto>(tx, ids));
}

/** One file's resource, or NOT_FOUND: another user's file is not found, the same as one that never existed. */
export async function fileDto(ctx: UserContext, id: string): Promise<FileDto> {
  const [dto] = await fileDtos(ctx, [id]);
  if (!dto) throw new AppError('NOT_FOUND');
  return dto;
}
