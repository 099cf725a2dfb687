import { useTranslations } from 'next-intl';
import { Logo } from '@/web/features/brand/logo';

export function SiteFooter() {
  const t = useTranslations('common.footer');
  return (
    <footer className="border-t border-border">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-8 text-sm text-muted-foreground sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-4">
          <Logo />
          <p>{t('tagline')}</p>
        </div>
        <p>{t('copyright', { year: String(new Date().getFullYear()) })}</p>
      </div>
    </footer>
  );
}
