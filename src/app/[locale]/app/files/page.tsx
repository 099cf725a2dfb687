import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { FilesLibrary } from '@/web/features/files/files-library';
import type { FileFilter } from '@/web/features/files/types';
import { firstParam, metadataLocale, pageLocale, type LocaleParams, type SearchParams } from '@/web/lib/page-locale';
import { getAppSession } from '../_lib/session';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'files' });
  return { title: t('metaTitle') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function FilesRoute({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  if (!(await getAppSession())) return redirect({ href: '/sign-in', locale });
  // Links may open a view directly: `?view=review`, `?view=trash`, `?course=<id>|none`.
  const query = await searchParams;
  const view = firstParam(query.view);
  const course = firstParam(query.course);
  const initialFilter: Partial<FileFilter> = {
    ...(view === 'review' || view === 'trash' ? { view } : {}),
    ...(course === 'none' || (course && UUID.test(course)) ? { course } : {}),
  };
  return <FilesLibrary initialFilter={initialFilter} />;
}
