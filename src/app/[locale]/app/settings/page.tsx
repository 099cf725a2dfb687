import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { regionName } from '@/platform/regions-config';
import { SettingsPage } from '@/web/features/settings/settings-page';
import { countryName } from '@/web/lib/countries';
import { metadataLocale, pageLocale, type LocaleParams } from '@/web/lib/page-locale';
import { timeZoneOptions } from '@/web/lib/timezones';
import { getAppSession, isOutage } from '../_lib/session';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'settings' });
  return { title: t('metaTitle') };
}

export default async function SettingsRoute({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const session = await getAppSession();
  if (!session) return redirect({ href: '/sign-in', locale });
  // The layout shows the outage page in its place.
  if (isOutage(session)) return null;
  const { profile } = session;
  return (
    <SettingsPage
      profile={{
        full_name: profile.full_name,
        university: profile.university,
        preferred_locale: profile.preferred_locale,
        timezone: profile.timezone,
        academic_system: profile.academic_system,
      }}
      timezones={timeZoneOptions(profile.timezone)}
      regionLabel={regionName(profile.region, locale)}
      countryLabel={countryName(profile.country, locale)}
    />
  );
}
