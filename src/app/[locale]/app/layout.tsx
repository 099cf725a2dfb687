import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { redirect } from '@/i18n/navigation';
import { regionName } from '@/platform/regions-config';
import { AppShell } from '@/web/features/app-shell/app-shell';
import { pageLocale, type LocaleParams } from '@/web/lib/page-locale';
import { getPageReference } from '@/platform/page-session';
import { ReferenceSeed } from '@/web/features/courses/reference';
import { RegionUnavailableContent } from '@/web/features/errors/region-unavailable-content';
import { UploadLimitProvider } from '@/web/features/files/upload-limit';
import { getAppSession, isOutage } from './_lib/session';

export default async function SignedInLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  const locale = await pageLocale(params);
  const session = await getAppSession();
  if (!session) return redirect({ href: '/sign-in', locale });
  if (isOutage(session)) {
    // Next gives a server component no way to set the status: this page answers 200, the API 503.
    const t = await getTranslations({ locale, namespace: 'app.unavailable' });
    return (
      <div className="flex min-h-dvh flex-col">
        <title>{t('metaTitle')}</title>
        <RegionUnavailableContent title={t('title')} description={t('description', { region: regionName(session.outage, locale) })} retryLabel={t('retry')} />
      </div>
    );
  }
  const { profile, user } = session;
  const reference = await getPageReference(session, locale);
  // Only signed-in pages ship the course, file, onboarding and dashboard catalogs to the browser.
  const { common, auth, app, settings, errors, onboarding, courses, dashboard, files } = await getMessages();
  return (
    <NextIntlClientProvider messages={{ common, auth, app, settings, errors, onboarding, courses, dashboard, files }}>
      <ReferenceSeed reference={reference}>
        <UploadLimitProvider maxBytes={profile.plan.max_upload_bytes}>
        <AppShell
          user={{ name: profile.full_name || user.name, email: user.email }}
          regionLabel={regionName(profile.region, locale)}
          timezone={profile.timezone}
        >
          {children}
        </AppShell>
        </UploadLimitProvider>
      </ReferenceSeed>
    </NextIntlClientProvider>
  );
}
