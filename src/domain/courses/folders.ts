// Folders (topics) inside a course: nestable, renamable, movable within or across the caller's courses.
import { recordActivity } from '@/db/queries/activity';
import { deleteFolders, findFolder, folderSubtree, insertFolder, listFolders as listFolderRows, lockCourseFolders, moveFoldersToCourse, updateFolder, type FolderRow } from '@/db/queries/courses';
import type { UserContext } from '../context';
import { AppError } from '../errors';
import { getCourseOrThrow } from './get-course-or-throw';
import type { FolderDto } from './schemas';

function toFolderDto(f: FolderRow): FolderDto {
  return { id: f.id, course_id: f.courseId, parent_id: f.parentId, name: f.name, position: f.position, created_at: f.createdAt.toISOString() };
}

async function getFolderOrThrow(ctx: UserContext, id: string): Promise<FolderRow> {
  const folder = await findFolder(ctx.tx, id);
  if (!folder) throw new AppError('NOT_FOUND');
  return folder;
}

export async function listFolders(ctx: UserContext, courseId: string): Promise<FolderDto[]> {
  await getCourseOrThrow(ctx, courseId);
  return (await listFolderRows(ctx.tx, courseId)).map(toFolderDto);
}

export async function createFolder(ctx: UserContext, courseId: string, input: { name: string; parent_id?: string | null }): Promise<FolderDto> {
  const course = await getCourseOrThrow(ctx, courseId);
  if (input.parent_id) {
    const parent = await getFolderOrThrow(ctx, input.parent_id);
    if (parent.courseId !== courseId) throw new AppError('VALIDATION_FAILED', { details: [{ path: 'parent_id', code: 'invalid' }] });
  }
  // Jobs mirroring dropped folders look for an existing one by name under this lock.
  await lockCourseFolders(ctx.tx, ctx.userId, courseId);
  const folder = await insertFolder(ctx.tx, { userId: ctx.userId, courseId, parentId: input.parent_id ?? null, name: input.name });
  await recordActivity(ctx.tx, 'folder.created', `${course.name} / ${input.name}`);
  return toFolderDto(folder);
}

/** Rename and/or move. A move to another course takes the whole subtree (and its files) along. */
export async function updateFolderById(
  ctx: UserContext,
  id: string,
  patch: { name?: string; parent_id?: string | null; course_id?: string },
): Promise<FolderDto> {
  const folder = await getFolderOrThrow(ctx, id);
  const targetCourse = patch.course_id ?? folder.courseId;
  if (patch.course_id) await getCourseOrThrow(ctx, patch.course_id);
  // Moving to another course without naming a parent puts the folder at that course's top level.
  const parentId = patch.parent_id !== undefined ? patch.parent_id : patch.course_id && patch.course_id !== folder.courseId ? null : folder.parentId;
  if (parentId) {
    const parent = await getFolderOrThrow(ctx, parentId);
    if (parent.courseId !== targetCourse) throw new AppError('VALIDATION_FAILED', { details: [{ path: 'parent_id', code: 'invalid' }] });
    const subtree = await folderSubtree(ctx.tx, id);
    if (subtree.includes(parentId)) throw new AppError('FOLDER_CYCLE', { details: [{ path: 'parent_id', code: 'invalid' }] });
  }
  if (targetCourse !== folder.courseId) await moveFoldersToCourse(ctx.tx, await folderSubtree(ctx.tx, id), targetCourse);
  const updated = await updateFolder(ctx.tx, id, { name: patch.name, parentId });
  return toFolderDto(updated!);
}

export async function deleteFolder(ctx: UserContext, id: string) {
  await getFolderOrThrow(ctx, id);
  const ids = await folderSubtree(ctx.tx, id);
  const { filesUnfiled } = await deleteFolders(ctx.tx, ids);
  return { deleted: { folders: ids.length, files_unfiled: filesUnfiled } };
}
