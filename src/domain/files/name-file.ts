// The smart name of a file from its current decisions, unique in its course.
import { createTranslator } from 'next-intl';
import type { Tx } from '@/db/client';
import { findCourseRow } from '@/db/queries/courses';
import { displayNamesInCourse, lockCourseNames, type FileRow } from '@/db/queries/files';
import { getProfileWithUser } from '@/db/queries/profiles';
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales';
import { loadNamespace } from '@/i18n/messages';
import { smartName, uniqueName } from './smart-name';

/** Smart names follow the language the student chose for the app. */
export async function userLocale(tx: Tx, userId: string): Promise<Locale> {
  const pref = (await getProfileWithUser(tx, userId))?.profile.preferredLocale;
  return isLocale(pref) ? pref : defaultLocale;
}

export type NameDecisions = Pick<FileRow, 'id' | 'userId' | 'courseId' | 'aiCategory' | 'aiTopic' | 'aiDate'>;

export async function nameFile(tx: Tx, file: NameDecisions, locale: Locale): Promise<string> {
  const t = createTranslator({ locale, messages: await loadNamespace(locale, 'files'), namespace: 'files' });
  const course = file.courseId ? await findCourseRow(tx, file.courseId) : undefined;
  const proposed = smartName(
    { course: course ? course.code || course.name : null, category: t(`categories.${file.aiCategory ?? 'other'}`), topic: file.aiTopic, date: file.aiDate },
    locale,
  );
  await lockCourseNames(tx, file.userId, file.courseId);
  return uniqueName(proposed, await displayNamesInCourse(tx, file.courseId, file.id));
}

/** True when the student typed the current name themselves: analysis never overwrites that. */
export function renamedByHand(file: Pick<FileRow, 'displayName' | 'originalName' | 'aiName'>): boolean {
  return file.displayName !== file.originalName && file.displayName !== file.aiName;
}
