import { Layers } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { cn } from '@/web/lib/utils';

/** The wordmark, linking to the given page of the current locale. */
export function Logo({ href = '/', className }: { href?: '/' | '/app'; className?: string }) {
  const t = useTranslations('common');
  return (
    <Link href={href} className={cn('inline-flex items-center gap-2 rounded-md font-semibold tracking-tight text-foreground', className)}>
      <span aria-hidden className="inline-flex size-7 items-center justify-center rounded-md bg-primary text-primary-foreground">
        <Layers className="size-4" />
      </span>
      <span>{t('brand')}</span>
    </Link>
  );
}
