import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { Link, redirect } from '@/i18n/navigation';
import { getAuthProviders } from '@/platform/auth-providers';
import { getPageSessionIfReachable } from '@/platform/page-session';
import { regionForCountry, regionName, regionsConfig } from '@/platform/regions-config';
import { AuthCard } from '@/web/features/auth/auth-card';
import { RegisterForm } from '@/web/features/auth/register-form';
import { countryCodes, countryOptions, defaultCountry } from '@/web/lib/countries';
import { metadataLocale, pageLocale, type LocaleParams } from '@/web/lib/page-locale';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'auth.register' });
  return { title: t('metaTitle') };
}

export default async function RegisterPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  // Already signed in with a confirmed email: nothing to do here.
  if ((await getPageSessionIfReachable())?.user.emailVerified) return redirect({ href: '/app', locale });
  const t = await getTranslations({ locale, namespace: 'auth.register' });
  const geoCountry = (await headers()).get('x-courseflow-country');

  // Where each country's data would live, so the form can say so as the country changes.
  const byCountry: Record<string, string> = {};
  for (const code of countryCodes()) {
    const region = regionForCountry(code);
    if (region !== regionsConfig.defaultRegion) byCountry[code] = region;
  }
  const names = Object.fromEntries(regionsConfig.regions.map((r) => [r.id, regionName(r.id, locale)]));

  return (
    <AuthCard
      title={t('title')}
      description={t('subtitle')}
      footer={
        <p>
          {t('haveAccount')}{' '}
          <Link href="/sign-in" className="font-medium text-link underline-offset-4 hover:underline">
            {t('signInLink')}
          </Link>
        </p>
      }
    >
      <RegisterForm
        countries={countryOptions(locale)}
        defaultCountry={defaultCountry(geoCountry, locale)}
        residency={{ byCountry, defaultRegion: regionsConfig.defaultRegion, names }}
        providers={getAuthProviders()}
      />
    </AuthCard>
  );
}
