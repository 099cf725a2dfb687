'use client';

import { Search } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { cn } from '@/web/lib/utils';
import { useSearchDialog } from './ui-store';

/** Looks like a search field; opens the search dialog (also on / and Ctrl/Cmd+K). */
export function SearchLauncher({ className }: { className?: string }) {
  const t = useTranslations('files.search');
  const setOpen = useSearchDialog((s) => s.setOpen);
  return (
    <button
      type="button"
      onClick={() => setOpen(true)}
      data-testid="search-launcher"
      aria-keyshortcuts="Control+K Meta+K /"
      className={cn(
        'inline-flex h-10 w-full items-center gap-2 rounded-md border border-input bg-background px-3 text-sm text-muted-foreground shadow-xs hover:bg-muted sm:w-72',
        className,
      )}
    >
      <Search aria-hidden className="size-4 shrink-0" />
      <span className="flex-1 truncate text-left">{t('launcher')}</span>
      <kbd className="hidden rounded border border-border px-1.5 font-sans text-xs sm:inline">/</kbd>
    </button>
  );
}
