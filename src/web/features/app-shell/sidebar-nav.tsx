'use client';

import { BookOpen, Files, LayoutDashboard, Settings, type LucideIcon } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { useReference } from '@/web/features/courses/reference';
import { FilesGlobal } from '@/web/features/files/files-global';
import { regionalWords } from '@/web/features/courses/terms';
import { cn } from '@/web/lib/utils';

type Item = { href: '/app' | '/app/courses' | '/app/files' | '/app/settings'; key: 'dashboard' | 'courses' | 'files' | 'settings'; icon: LucideIcon };

const ITEMS: Item[] = [
  { href: '/app', key: 'dashboard', icon: LayoutDashboard },
  { href: '/app/courses', key: 'courses', icon: BookOpen },
  { href: '/app/files', key: 'files', icon: Files },
  { href: '/app/settings', key: 'settings', icon: Settings },
];

function isActive(pathname: string, href: string): boolean {
  return href === '/app' ? pathname === '/app' : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The signed-in navigation: only pages that exist. "Courses" reads "Modules" where students say so.
 * The desktop copy also hosts the files feature's app-wide layer: the search shortcut and the upload queue.
 */
export function SidebarNav({ onNavigate }: { onNavigate?: () => void }) {
  const t = useTranslations('app.shell.nav');
  const pathname = usePathname();
  const words = regionalWords(useReference().data);
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
                {key === 'courses' ? t(words.course === 'module' ? 'modules' : 'courses') : t(key)}
              </Link>
            </li>
          );
        })}
      </ul>
      {/* The desktop sidebar is on every signed-in page; the drawer copy (with onNavigate) is not the one to host it. */}
      {onNavigate ? null : <FilesGlobal />}
    </nav>
  );
}
