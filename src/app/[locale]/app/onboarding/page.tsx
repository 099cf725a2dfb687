import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { OnboardingWizard } from '@/web/features/onboarding/onboarding-wizard';
import { isOnboarded, isSkipped, resumeStep } from '@/web/features/onboarding/onboarding-state';
import { countryOptions } from '@/web/lib/countries';
import { metadataLocale, pageLocale, type LocaleParams } from '@/web/lib/page-locale';
import { getAppSession, isOutage } from '../_lib/session';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'onboarding' });
  return { title: t('metaTitle') };
}

export default async function OnboardingRoute({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const session = await getAppSession();
  if (!session) return redirect({ href: '/sign-in', locale });
  // The layout shows the outage page in its place.
  if (isOutage(session)) return null;
  const { profile } = session;
  // Finished once means never again.
  if (isOnboarded(profile)) return redirect({ href: '/app', locale });
  return (
    <OnboardingWizard
      initialStep={resumeStep(profile)}
      resumeFromStorage={isSkipped(profile)}
      profile={{ country: profile.country, university: profile.university, academic_system: profile.academic_system }}
      countries={countryOptions(locale)}
    />
  );
}
