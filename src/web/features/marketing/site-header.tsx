import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { Button } from '@/web/components/ui/button';
import { Logo } from '@/web/features/brand/logo';
import { LocaleSwitcher } from '@/web/features/locale/locale-switcher';
import { ThemeToggle } from '@/web/features/theme/theme-toggle';

/** Header of the public pages: wordmark, language, theme, and the way in. */
export function SiteHeader({ showAuthLinks = true, nav }: { showAuthLinks?: boolean; nav?: ReactNode }) {
  const t = useTranslations('common.nav');
  return (
    <header className="sticky top-0 z-30 border-b border-border bg-background/85 backdrop-blur supports-[backdrop-filter]:bg-background/70">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 px-4 sm:px-6">
        <Logo className="mr-auto" />
        {nav}
        <LocaleSwitcher compactOnMobile />
        <ThemeToggle />
        {showAuthLinks ? (
          <div className="hidden items-center gap-2 sm:flex">
            <Button asChild variant="ghost" size="sm">
              <Link href="/sign-in">{t('signIn')}</Link>
            </Button>
            <Button asChild size="sm">
              <Link href="/register">{t('register')}</Link>
            </Button>
          </div>
        ) : null}
      </div>
    </header>
  );
}
