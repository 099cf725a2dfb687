import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { VerifyEmailResult } from '@/web/features/auth/verify-email-result';
import { firstParam, metadataLocale, pageLocale, type LocaleParams, type SearchParams } from '@/web/lib/page-locale';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'auth.verify' });
  return { title: t('metaTitle') };
}

export default async function VerifyEmailPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  await pageLocale(params);
  return <VerifyEmailResult error={firstParam((await searchParams).error)} />;
}
