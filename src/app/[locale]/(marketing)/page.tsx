import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LandingPage } from '@/web/features/marketing/landing-page';
import { metadataLocale, pageLocale, type LocaleParams } from '@/web/lib/page-locale';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'landing' });
  return { title: t('meta.title') };
}

export default async function HomePage({ params }: LocaleParams) {
  await pageLocale(params);
  return <LandingPage />;
}
