import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link, redirect } from '@/i18n/navigation';
import { getAuthProviders } from '@/platform/auth-providers';
import { getPageSessionIfReachable } from '@/platform/page-session';
import { AuthCard } from '@/web/features/auth/auth-card';
import { QueryError } from '@/web/features/auth/query-error';
import { SignInForm } from '@/web/features/auth/sign-in-form';
import { firstParam, metadataLocale, pageLocale, type LocaleParams, type SearchParams } from '@/web/lib/page-locale';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'auth.signIn' });
  return { title: t('metaTitle') };
}

export default async function SignInPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  // Already signed in with a confirmed email: nothing to do here.
  if ((await getPageSessionIfReachable())?.user.emailVerified) return redirect({ href: '/app', locale });
  const t = await getTranslations({ locale, namespace: 'auth.signIn' });
  const error = firstParam((await searchParams).error);

  return (
    <AuthCard
      title={t('title')}
      description={t('subtitle')}
      footer={
        <p>
          {t('noAccount')}{' '}
          <Link href="/register" className="font-medium text-link underline-offset-4 hover:underline">
            {t('registerLink')}
          </Link>
        </p>
      }
    >
      {error ? <QueryError code={error} fallback="OAUTH_FAILED" /> : null}
      <SignInForm providers={getAuthProviders()} />
    </AuthCard>
  );
}
