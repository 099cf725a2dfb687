// The file resource the API answers with, defined once: its columns are built by PostgreSQL
// (db/queries/file-resources) from the rules here, for single files and whole pages alike.
import { getDb, withUserTx } from '@/db/client';
import { fileResourceColumns, findFileResources } from '@/db/queries/file-resources';
import { REVIEW_BELOW } from '@/db/queries/files';
import type { UserContext } from '../context';
import { AppError } from '../errors';
import { kindMime } from './file-kinds';
import type { FileDto } from './schemas';

/** A decision at least this sure is "high"; under REVIEW_BELOW it is "low" and needs a look. */
const HIGH = 0.8;

export const fileResource = fileResourceColumns({
  kindByMime: Object.fromEntries(Object.entries(kindMime).map(([kind, mime]) => [mime, kind])),
  otherKind: 'image',
  high: HIGH,
  reviewBelow: REVIEW_BELOW,
});

/** The resources of files the caller has just read or changed, in the order given. */
export function fileDtos(ctx: UserContext, ids: string[]): Promise<FileDto[]> {
  return findFileResources<FileDto>(ctx.tx, fileResource, ids);
}

/** The same outside a request's transaction (uploads open their own, short ones). */
export function fileDtosOf(who: Omit<UserContext, 'tx'>, ids: string[]): Promise<FileDto[]> {
  return withUserTx(getDb(who.region), who.userId, (tx) => findFileResources<FileDto>(tx, fileResource, ids));
}

/** One file's resource, or NOT_FOUND: another user's file is not found, the same as one that never existed. */
export async function fileDto(ctx: UserContext, id: string): Promise<FileDto> {
  const [dto] = await fileDtos(ctx, [id]);
  if (!dto) throw new AppError('NOT_FOUND');
  return dto;
}
