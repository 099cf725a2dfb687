import { Globe, MapPin } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Card, CardContent, CardHeader, CardTitle } from '@/web/components/ui/card';

/** States where the account's data lives and why it never moves. Read-only by design. */
export function DataResidency({ regionLabel, countryLabel }: { regionLabel: string; countryLabel: string }) {
  const t = useTranslations('settings.residency');
  return (
    <Card data-testid="data-residency">
      <CardHeader>
        <CardTitle>{t('title')}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        <p className="font-medium">{t('stored', { region: regionLabel })}</p>
        <p className="text-sm leading-relaxed text-muted-foreground">{t('explanation')}</p>
        <dl className="grid gap-3 rounded-lg border border-border p-4 text-sm sm:grid-cols-2">
          <div className="grid gap-1">
            <dt className="flex items-center gap-2 text-muted-foreground">
              <MapPin aria-hidden className="size-4" />
              {t('country')}
            </dt>
            <dd className="font-medium">{countryLabel}</dd>
          </div>
          <div className="grid gap-1">
            <dt className="flex items-center gap-2 text-muted-foreground">
              <Globe aria-hidden className="size-4" />
              {t('region')}
            </dt>
            <dd className="font-medium">{regionLabel}</dd>
          </div>
        </dl>
      </CardContent>
    </Card>
  );
}
