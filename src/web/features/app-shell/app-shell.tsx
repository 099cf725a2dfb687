'use client';

import { Menu } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { Button } from '@/web/components/ui/button';
import { Drawer } from '@/web/components/ui/drawer';
import { Logo } from '@/web/features/brand/logo';
import { LocaleSwitcher } from '@/web/features/locale/locale-switcher';
import { ThemeToggle } from '@/web/features/theme/theme-toggle';
import { RegionBadge } from './region-badge';
import { SidebarNav } from './sidebar-nav';
import { UserMenu } from './user-menu';

type AppShellProps = {
  user: { name: string; email: string };
  regionLabel: string;
  timezone: string;
  children: ReactNode;
};

/** The signed-in frame: sidebar (a drawer on small screens), header, and the page. */
export function AppShell({ user, regionLabel, timezone, children }: AppShellProps) {
  const t = useTranslations('app.shell');
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <div className="min-h-dvh md:grid md:grid-cols-[15rem_minmax(0,1fr)]">
      <aside className="sticky top-0 hidden h-dvh flex-col gap-6 border-r border-border bg-muted/40 px-3 py-4 md:flex">
        <Logo href="/app" className="px-3 py-1" />
        <SidebarNav />
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="sticky top-0 z-30 border-b border-border bg-background/90 backdrop-blur supports-[backdrop-filter]:bg-background/75">
          <div className="flex flex-wrap items-center gap-2 px-4 py-2 sm:px-6 md:h-16 md:flex-nowrap md:py-0">
            <Button variant="ghost" size="icon" className="md:hidden" aria-label={t('openMenu')} onClick={() => setDrawerOpen(true)}>
              <Menu aria-hidden />
            </Button>
            <Drawer open={drawerOpen} onOpenChange={setDrawerOpen} title={t('nav.label')} closeLabel={t('closeMenu')} className="gap-6 px-3 py-4">
              <Logo href="/app" className="px-3 py-1" />
              <SidebarNav onNavigate={() => setDrawerOpen(false)} />
            </Drawer>
            <Logo href="/app" className="mr-auto md:hidden" />
            <div className="order-last flex w-full min-w-0 items-center justify-between gap-2 pb-1 md:order-none md:ml-auto md:w-auto md:justify-end md:pb-0">
              <RegionBadge regionLabel={regionLabel} />
              <LocaleSwitcher savedTimezone={timezone} compactOnMobile />
            </div>
            <ThemeToggle />
            <UserMenu name={user.name} email={user.email} />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none sm:px-6 md:py-10">
          {children}
        </main>
      </div>
    </div>
  );
}
