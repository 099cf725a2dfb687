import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { Dashboard } from '@/web/features/dashboard/dashboard';
import { isOnboarded, needsOnboarding } from '@/web/features/onboarding/onboarding-state';
import { metadataLocale, pageLocale, type LocaleParams } from '@/web/lib/page-locale';
import { getAppSession, isOutage } from './_lib/session';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'app.dashboard' });
  return { title: t('metaTitle') };
}

export default async function DashboardPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const session = await getAppSession();
  if (!session) return redirect({ href: '/sign-in', locale });
  // The layout shows the outage page in its place.
  if (isOutage(session)) return null;
  const { profile, user } = session;
  // First visit after signing up: straight to the wizard, without rendering the dashboard first.
  if (needsOnboarding(profile)) return redirect({ href: '/app/onboarding', locale });
  return (
    <Dashboard name={profile.full_name || user.name} emailVerified={user.emailVerified} onboardingPending={!isOnboarded(profile)} />
  );
}
