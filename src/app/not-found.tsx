import { cookies, headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { defaultLocale, isLocale, matchAcceptLanguage } from '@/i18n/locales';
import { ThemeScript } from '@/web/features/theme/theme-script';
import { NotFoundContent } from '@/web/features/errors/not-found-content';
import './globals.css';

// Requests that match no locale (e.g. /robots.txt, /xx.png) end here, outside app/[locale].
export default async function RootNotFound() {
  const cookieLocale = (await cookies()).get('NEXT_LOCALE')?.value;
  const locale = isLocale(cookieLocale) ? cookieLocale : (matchAcceptLanguage((await headers()).get('accept-language')) ?? defaultLocale);
  const t = await getTranslations({ locale, namespace: 'common.notFound' });
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-dvh">
        <title>{t('title')}</title>
        <NotFoundContent title={t('title')} description={t('description')} homeLabel={t('home')} homeHref={`/${locale}`} />
      </body>
    </html>
  );
}
