import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { FileDetail } from '@/web/features/files/file-detail';
import { metadataLocale, pageLocale } from '@/web/lib/page-locale';
import { getAppSession } from '../../_lib/session';

type FileParams = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: FileParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'files' });
  return { title: t('metaTitleFile') };
}

export default async function FileRoute({ params }: FileParams) {
  const locale = await pageLocale(params);
  if (!(await getAppSession())) return redirect({ href: '/sign-in', locale });
  const { id } = await params;
  // The file is fetched in the browser through the API, like every list.
  return <FileDetail key={id} fileId={id} />;
}
