// The folders a student dropped ("BIO101/Week 1/Lecture 1.pdf") become folders of the course the
// file was sorted into, so a dropped course folder keeps its weeks and topics.
import type { Tx } from '@/db/client';
import { insertFolder, listFolders, lockCourseFolders } from '@/db/queries/courses';
import type { FileRow } from '@/db/queries/files';

/** Deeper directories are left out: the file goes into the deepest folder kept. */
export const MAX_HINT_DEPTH = 4;
/** The folder schema's longest name. */
const MAX_FOLDER_NAME = 120;

export type HintCourse = { id: string; name: string; code: string | null };

/** Lower case without diacritics, words only: "Bio-101", "bio 101" and "BIO101" read alike. */
function words(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A directory names the course when some run of its words is the course's code or name ("BIO101 - Cell Biology"). */
function namesCourse(segment: string, course: Pick<HintCourse, 'name' | 'code'>): boolean {
  const targets = new Set([course.code, course.name].filter((t): t is string => !!t).map((t) => words(t).join('')));
  targets.delete('');
  const seg = words(segment);
  for (let i = 0; i < seg.length; i++) {
    let run = '';
    for (let j = i; j < seg.length; j++) {
      run += seg[j];
      if (targets.has(run)) return true;
    }
  }
  return false;
}

/**
 * The folder path inside the course for a folder hint: the directories below the first one that
 * names the course, or else below the first directory, which is the folder the student dropped or
 * picked (a container such as "Fall semester", not a topic). Names are cut to what a folder allows;
 * directories with no letter or digit are skipped.
 */
export function hintedFolderPath(hint: string | null, course: Pick<HintCourse, 'name' | 'code'>): string[] {
  if (!hint) return [];
  const segments = hint.split('/');
  const named = segments.findIndex((s) => namesCourse(s, course));
  return segments
    .slice(named >= 0 ? named + 1 : 1)
    .map((s) => [...s].slice(0, MAX_FOLDER_NAME).join('').trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s))
    .slice(0, MAX_HINT_DEPTH);
}

/** Finds or creates the hinted folders (same name, any case, under the same parent); the deepest one's id. */
async function ensureFolderPath(tx: Tx, userId: string, courseId: string, path: string[]): Promise<string> {
  // Files of one dropped folder are processed in parallel: without the lock each would create "Week 1".
  await lockCourseFolders(tx, userId, courseId);
  const folders = await listFolders(tx, courseId);
  let parentId: string | null = null;
  for (const name of path) {
    const key = name.toLowerCase();
    const existing = folders.find((f) => f.parentId === parentId && f.name.toLowerCase() === key);
    parentId = (existing ?? (await insertFolder(tx, { userId, courseId, parentId, name }))).id;
  }
  return parentId!;
}

/**
 * The folder of a file that analysis has just put into `courseId`. A folder the file already has in
 * that course stays; so does "no folder" when the student placed the file by hand (a course they
 * corrected or a folder they chose sets confidence 1; a course chosen at upload has none yet, so a
 * folder dropped on the course page is still mirrored), and when an earlier analysis already
 * filed it (it has a smart name): its folder is gone because the student deleted it or took the
 * file out. Otherwise (a first analysis, or one after failed attempts) the folder hint decides.
 */
export async function folderAfterAnalysis(tx: Tx, file: FileRow, courseId: string | null, courses: HintCourse[]): Promise<string | null> {
  if (!courseId) return null;
  const placedByHand = file.courseSource === 'user' && file.courseConfidence !== null;
  if (courseId === file.courseId && (file.folderId || placedByHand || file.aiName)) return file.folderId;
  const course = courses.find((c) => c.id === courseId);
  const path = course ? hintedFolderPath(file.folderHint, course) : [];
  return path.length ? ensureFolderPath(tx, file.userId, courseId, path) : null;
}
