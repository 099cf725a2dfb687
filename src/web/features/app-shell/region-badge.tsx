import { MapPin } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Badge } from '@/web/components/ui/badge';

/** Where the signed-in user's data lives, always in view. */
export function RegionBadge({ regionLabel }: { regionLabel: string }) {
  const t = useTranslations('app.shell');
  return (
    <Badge data-testid="region-badge" variant="outline" title={t('regionBadgeTitle', { region: regionLabel })} className="min-w-0 py-1">
      <MapPin aria-hidden />
      <span className="truncate">{t('regionBadge', { region: regionLabel })}</span>
    </Badge>
  );
}
