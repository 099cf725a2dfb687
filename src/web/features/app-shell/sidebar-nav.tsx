'use client';

import { LayoutDashboard, Settings, type LucideIcon } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { cn } from '@/web/lib/utils';

const ITEMS: { href: '/app' | '/app/settings'; key: 'dashboard' | 'settings'; icon: LucideIcon }[] = [
  { href: '/app', key: 'dashboard', icon: LayoutDashboard },
  { href: '/app/settings', key: 'settings', icon: Settings },
];

function isActive(pathname: string, href: string): boolean {
  return href === '/app' ? pathname === '/app' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The signed-in navigation: only pages that exist. */
export function SidebarNav({ onNavigate }: { onNavigate?: () => void }) {
  const t = useTranslations('app.shell.nav');
  const pathname = usePathname();
  return (
    <nav aria-label={t('label')}>
      <ul className="grid gap-1">
        {ITEMS.map(({ href, key, icon: Icon }) => {
          const active = isActive(pathname, href);
          return (
            <li key={href}>
              <Link
                href={href}
                onClick={onNavigate}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors',
                  active ? 'bg-accent text-accent-foreground' : 'text-muted-foreground hover:bg-muted hover:text-foreground',
                )}
              >
                <Icon aria-hidden className="size-4 shrink-0" />
                {t(key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
