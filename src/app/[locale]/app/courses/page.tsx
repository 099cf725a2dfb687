import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { CoursesPage } from '@/web/features/courses/courses-page';
import { firstParam, metadataLocale, pageLocale, type LocaleParams, type SearchParams } from '@/web/lib/page-locale';
import { getAppSession } from '../_lib/session';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'courses' });
  return { title: t('metaTitle') };
}

export default async function CoursesRoute({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  if (!(await getAppSession())) return redirect({ href: '/sign-in', locale });
  // `?new=1` (from the dashboard's empty state) opens the create dialog.
  return <CoursesPage openCreate={firstParam((await searchParams).new) === '1'} />;
}
