import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { Alert } from '@/web/components/ui/alert';
import { Button } from '@/web/components/ui/button';
import { AuthCard } from '@/web/features/auth/auth-card';
import { ResetPasswordForm } from '@/web/features/auth/reset-password-form';
import { firstParam, metadataLocale, pageLocale, type LocaleParams, type SearchParams } from '@/web/lib/page-locale';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'auth.reset' });
  return { title: t('metaTitle') };
}

export default async function ResetPasswordPage({ params, searchParams }: LocaleParams & { searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'auth.reset' });
  const query = await searchParams;
  const token = firstParam(query.token);
  const region = firstParam(query.region);

  return (
    <AuthCard title={t('title')} description={token && region ? t('subtitle') : undefined}>
      {token && region ? (
        <ResetPasswordForm token={token} region={region} />
      ) : (
        <>
          <Alert variant="error">{t('missingToken')}</Alert>
          <Button asChild size="lg" className="w-full">
            <Link href="/forgot-password">{t('requestNew')}</Link>
          </Button>
        </>
      )}
    </AuthCard>
  );
}
