// Moves, re-categorises and renames files by hand. A course, folder or category the student sets is
// a correction: it is stored, the file keeps it on re-analysis, and it teaches later suggestions.
import { findCourseRow, findFolder } from '@/db/queries/courses';
import { displayNamesInCourse, insertCorrections, updateFiles, type FilePatch, type FileRow } from '@/db/queries/files';
import type { FileCategory } from '@/ai/provider';
import type { UserContext } from '../context';
import { AppError } from '../errors';
import { nameFile, renamedByHand, userLocale } from './name-file';

export type FileChange = { courseId?: string | null; folderId?: string | null; category?: FileCategory; displayName?: string };

export async function correctFiles(ctx: UserContext, rows: FileRow[], change: FileChange): Promise<FileRow[]> {
  if (change.courseId && !(await findCourseRow(ctx.tx, change.courseId))) throw new AppError('NOT_FOUND');
  const folder = change.folderId ? await findFolder(ctx.tx, change.folderId) : undefined;
  if (change.folderId && !folder) throw new AppError('NOT_FOUND');
  const courseOf = (file: FileRow) => (change.courseId !== undefined ? change.courseId : file.courseId);
  // A folder holds files of its own course: a file goes into another course's folder only when the
  // same change moves it to that course.
  if (folder && rows.some((file) => courseOf(file) !== folder.courseId)) {
    throw new AppError('VALIDATION_FAILED', { details: [{ path: 'folder_id', code: 'folder_other_course' }] });
  }
  const locale = await userLocale(ctx.tx, ctx.userId);
  const updated: FileRow[] = [];

  for (const file of rows) {
    const patch: FilePatch = {};
    const corrections: { field: string; fromValue: string | null; toValue: string | null }[] = [];
    const courseId = courseOf(file);
    // Choosing a folder (or none) inside a course settles the course too, so analysis keeps both. A
    // course chosen at upload has no confidence until analysed: choosing here settles it as well.
    const placed = change.courseId !== undefined || (change.folderId !== undefined && courseId !== null);
    if (courseId !== file.courseId || (placed && (file.courseSource === 'ai' || file.courseConfidence === null))) {
      Object.assign(patch, { courseId, courseSource: 'user', courseConfidence: 1 });
      corrections.push({ field: 'course', fromValue: file.courseId, toValue: courseId });
    }
    if (courseId !== file.courseId) patch.folderId = null;
    if (change.folderId !== undefined && change.folderId !== file.folderId) {
      patch.folderId = change.folderId;
      corrections.push({ field: 'folder', fromValue: file.folderId, toValue: change.folderId });
    }
    if (change.category && (change.category !== file.aiCategory || file.categorySource === 'ai')) {
      Object.assign(patch, { aiCategory: change.category, categorySource: 'user', aiConfidence: 1 });
      corrections.push({ field: 'category', fromValue: file.aiCategory, toValue: change.category });
    }
    if (change.displayName !== undefined && change.displayName !== file.displayName) {
      if ((await displayNamesInCourse(ctx.tx, courseId, file.id)).has(change.displayName.toLowerCase())) {
        throw new AppError('CONFLICT', { details: [{ path: 'display_name', code: 'taken' }] });
      }
      patch.displayName = change.displayName;
    } else if ((patch.courseId !== undefined || patch.aiCategory) && file.aiName && !renamedByHand(file)) {
      // The smart name follows the corrected course and category.
      const aiName = await nameFile(ctx.tx, { ...file, courseId, aiCategory: patch.aiCategory ?? file.aiCategory }, locale);
      Object.assign(patch, { aiName, displayName: aiName });
    }
    if (Object.keys(patch).length === 0) {
      updated.push(file);
      continue;
    }
    const [row] = await updateFiles(ctx.tx, [file.id], patch);
    await insertCorrections(ctx.tx, corrections.map((c) => ({ ...c, userId: ctx.userId, fileId: file.id })));
    updated.push(row!);
  }
  return updated;
}
