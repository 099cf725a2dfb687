import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { regionName } from '@/platform/regions-config';
import { Dashboard } from '@/web/features/dashboard/dashboard';
import { metadataLocale, pageLocale, type LocaleParams } from '@/web/lib/page-locale';
import { getAppSession } from './_lib/session';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'app.dashboard' });
  return { title: t('metaTitle') };
}

export default async function DashboardPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const session = await getAppSession();
  if (!session) return redirect({ href: '/sign-in', locale });
  const { profile, user } = session;
  return (
    <Dashboard
      name={profile.full_name || user.name}
      email={user.email}
      emailVerified={user.emailVerified}
      regionLabel={regionName(profile.region, locale)}
    />
  );
}
