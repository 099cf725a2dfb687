import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { AuthCard } from '@/web/features/auth/auth-card';
import { ForgotPasswordForm } from '@/web/features/auth/forgot-password-form';
import { metadataLocale, pageLocale, type LocaleParams } from '@/web/lib/page-locale';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'auth.forgot' });
  return { title: t('metaTitle') };
}

export default async function ForgotPasswordPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'auth.forgot' });
  return (
    <AuthCard
      title={t('title')}
      description={t('subtitle')}
      footer={
        <Link href="/sign-in" className="font-medium text-link underline-offset-4 hover:underline">
          {t('backToSignIn')}
        </Link>
      }
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
