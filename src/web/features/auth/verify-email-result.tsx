import { CircleCheck } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { Button } from '@/web/components/ui/button';
import { AuthCard } from './auth-card';
import { QueryError } from './query-error';

/** The landing page of the confirmation link: success, or why it failed and what to do next. */
export function VerifyEmailResult({ error }: { error?: string }) {
  const t = useTranslations('auth.verify');
  const signIn = (
    <Button asChild size="lg" className="w-full">
      <Link href="/sign-in">{t('signInLink')}</Link>
    </Button>
  );
  if (error) {
    return (
      <AuthCard title={t('errorTitle')}>
        <QueryError code={error} fallback="INVALID_TOKEN" />
        <p className="text-sm leading-relaxed text-muted-foreground">{t('errorHint')}</p>
        {signIn}
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('successTitle')}>
      <div data-testid="verify-success" className="grid gap-4">
        <p className="flex gap-3 text-sm leading-relaxed">
          <CircleCheck aria-hidden className="mt-0.5 size-5 shrink-0 text-success" />
          <span>{t('successBody')}</span>
        </p>
        {signIn}
      </div>
    </AuthCard>
  );
}
