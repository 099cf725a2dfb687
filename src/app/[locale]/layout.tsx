import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ThemeScript } from '@/web/features/theme/theme-script';
import { metadataLocale, pageLocale, type LocaleParams } from '@/web/lib/page-locale';
import { Providers } from '@/web/providers';
import '../globals.css';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'common' });
  return {
    title: { template: `%s · ${t('brand')}`, default: t('brand') },
    description: t('meta.description'),
    applicationName: t('brand'),
  };
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b0b0f' },
  ],
};

export default async function LocaleLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'common' });
  // Client components need these namespaces; landing and email text stay on the server.
  const { common, auth, app, settings, errors } = await getMessages();
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-dvh">
        <a
          href="#main"
          className="sr-only rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-[100]"
        >
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider messages={{ common, auth, app, settings, errors }}>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
