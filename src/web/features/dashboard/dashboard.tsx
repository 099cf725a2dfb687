import { ArrowRight, CircleCheck, CircleExclamationPoint, Mail, MapPin, ShieldCheck } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { Badge } from '@/web/components/ui/badge';
import { Button } from '@/web/components/ui/button';
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from '@/web/components/ui/card';

type DashboardProps = {
  name: string;
  email: string;
  emailVerified: boolean;
  regionLabel: string;
};

function Row({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-[14rem_minmax(0,1fr)] sm:items-center sm:gap-4">
      <dt className="flex items-center gap-2 text-sm text-muted-foreground">
        {icon}
        {label}
      </dt>
      <dd className="min-w-0 text-sm font-medium break-words">{children}</dd>
    </div>
  );
}

/** The signed-in home: a greeting and the state of the account. */
export function Dashboard({ name, email, emailVerified, regionLabel }: DashboardProps) {
  const t = useTranslations('app.dashboard');
  return (
    <div className="grid gap-8">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('greeting', { name })}</h1>
        <p className="text-muted-foreground">{t('intro')}</p>
      </div>
      <Card data-testid="account-status">
        <CardHeader>
          <CardTitle>{t('account.title')}</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="divide-y divide-border">
            <Row icon={<Mail aria-hidden className="size-4" />} label={t('account.email')}>
              {email}
            </Row>
            <Row icon={<ShieldCheck aria-hidden className="size-4" />} label={t('account.verification')}>
              {emailVerified ? (
                <Badge variant="success">
                  <CircleCheck aria-hidden />
                  {t('account.verified')}
                </Badge>
              ) : (
                <Badge variant="warning">
                  <CircleExclamationPoint aria-hidden />
                  {t('account.unverified')}
                </Badge>
              )}
            </Row>
            <Row icon={<MapPin aria-hidden className="size-4" />} label={t('account.dataLocation')}>
              {regionLabel}
            </Row>
          </dl>
        </CardContent>
        <CardFooter>
          <Button asChild variant="outline" size="sm">
            <Link href="/app/settings">
              {t('account.manage')}
              <ArrowRight aria-hidden />
            </Link>
          </Button>
        </CardFooter>
      </Card>
    </div>
  );
}
