import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundContent } from '@/web/features/errors/not-found-content';
import { SiteHeader } from '@/web/features/marketing/site-header';

export default async function LocaleNotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'common.notFound' });
  return (
    <div className="flex min-h-dvh flex-col">
      <title>{t('title')}</title>
      <SiteHeader />
      <NotFoundContent title={t('title')} description={t('description')} homeLabel={t('home')} homeHref={`/${locale}`} />
    </div>
  );
}
