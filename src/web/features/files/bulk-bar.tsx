'use client';

import { Ellipsis, FolderInput, RefreshCw, RotateCcw, Sparkles, Tag, Trash, Undo2, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useState, type ReactNode } from 'react';
import { Button } from '@/web/components/ui/button';
import { Modal } from '@/web/components/ui/modal';
import { menuItemClass, PopoverMenu } from '@/web/components/ui/popover-menu';
import { safeColor } from '@/web/features/courses/appearance';
import { CourseBadge } from '@/web/features/courses/course-badge';
import { cn } from '@/web/lib/utils';
import { MenuList } from './correction-menus';
import { categories, type FileCategory, type FileView } from './types';
import type { CourseIndex } from './use-course-index';

export type BulkCommand =
  | { action: 'move'; courseId: string | null }
  | { action: 'set_category'; category: FileCategory }
  | { action: 'smart_name' | 'original_name' | 'trash' | 'restore' | 'delete_forever' }
  | { action: 'reanalyse' };

/** Room the floating bar takes at the bottom of the screen. */
export const BAR_CLEARANCE = '6rem';

const barButton = 'inline-flex h-9 shrink-0 items-center gap-1.5 rounded-md px-2.5 text-sm font-medium hover:bg-muted disabled:opacity-50 [&_svg]:size-4 [&_svg]:shrink-0';

function BarButton({ icon, label, onClick, danger, disabled }: { icon: ReactNode; label: string; onClick: () => void; danger?: boolean; disabled?: boolean }) {
  return (
    <button type="button" className={cn(barButton, danger && 'text-danger')} onClick={onClick} disabled={disabled} aria-label={label} title={label}>
      {icon}
      <span className="hidden md:inline">{label}</span>
    </button>
  );
}

/** What can be done to the selected files, pinned to the bottom of the list while there are any. */
export function BulkBar({
  count,
  view,
  courses,
  busy,
  onRun,
  onClear,
}: {
  count: number;
  view: FileView;
  courses: CourseIndex;
  busy: boolean;
  onRun: (command: BulkCommand) => void;
  onClear: () => void;
}) {
  const t = useTranslations('files.bulk');
  const tFiles = useTranslations('files');
  const [confirming, setConfirming] = useState(false);

  // The bar floats over the list: keep whatever gets keyboard focus scrolled clear of it.
  useEffect(() => {
    const root = document.documentElement;
    const previous = root.style.scrollPaddingBottom;
    root.style.scrollPaddingBottom = BAR_CLEARANCE;
    return () => {
      root.style.scrollPaddingBottom = previous;
    };
  }, []);

  return (
    <section
      aria-label={t('label', { count })}
      data-testid="bulk-bar"
      className="sticky bottom-3 z-30 mx-auto flex w-fit max-w-full flex-wrap items-center gap-0.5 rounded-xl border border-border bg-popover p-1.5 text-popover-foreground shadow-lg"
    >
      <span className="px-2 text-sm font-semibold whitespace-nowrap" aria-live="polite">
        {t('selected', { count })}
      </span>
      <span aria-hidden className="mx-1 h-5 w-px bg-border" />
      {view === 'trash' ? (
        <>
          <BarButton icon={<RotateCcw aria-hidden />} label={t('restore')} onClick={() => onRun({ action: 'restore' })} disabled={busy} />
          <BarButton icon={<Trash aria-hidden />} label={t('deleteForever')} onClick={() => setConfirming(true)} danger disabled={busy} />
        </>
      ) : (
        <>
          <PopoverMenu
            triggerLabel={tFiles(`words.${courses.word}.move`)}
            triggerClassName={barButton}
            className="max-h-80 w-64 overflow-y-auto"
            trigger={
              <>
                <FolderInput aria-hidden />
                <span className="hidden md:inline">{tFiles(`words.${courses.word}.move`)}</span>
              </>
            }
          >
            {(close) => (
              <MenuList label={tFiles(`words.${courses.word}.move`)}>
                {courses.active.map((c) => (
                  <li role="none" key={c.id}>
                    <button type="button" role="menuitem" className={menuItemClass} onClick={() => (close(), onRun({ action: 'move', courseId: c.id }))}>
                      <CourseBadge color={safeColor(c.color)} emoji={c.emoji} size="sm" className="size-5 text-xs" />
                      <span className="truncate">{c.code ? `${c.code} · ${c.name}` : c.name}</span>
                    </button>
                  </li>
                ))}
                <li role="separator" className="-mx-1 my-1 border-t border-border" />
                <li role="none">
                  <button type="button" role="menuitem" className={menuItemClass} onClick={() => (close(), onRun({ action: 'move', courseId: null }))}>
                    {tFiles('course.unsorted')}
                  </button>
                </li>
              </MenuList>
            )}
          </PopoverMenu>
          <PopoverMenu
            triggerLabel={t('category')}
            triggerClassName={barButton}
            className="w-48"
            trigger={
              <>
                <Tag aria-hidden />
                <span className="hidden md:inline">{t('category')}</span>
              </>
            }
          >
            {(close) => (
              <MenuList label={t('category')}>
                {categories.map((c) => (
                  <li role="none" key={c}>
                    <button type="button" role="menuitem" className={menuItemClass} onClick={() => (close(), onRun({ action: 'set_category', category: c }))}>
                      {tFiles(`categories.${c}`)}
                    </button>
                  </li>
                ))}
              </MenuList>
            )}
          </PopoverMenu>
          <BarButton icon={<Trash aria-hidden />} label={t('trash')} onClick={() => onRun({ action: 'trash' })} danger disabled={busy} />
          <PopoverMenu triggerLabel={t('more')} triggerClassName={barButton} className="w-60" trigger={<Ellipsis aria-hidden />}>
            {(close) => (
              <MenuList label={t('more')}>
                {(
                  [
                    ['smart_name', <Sparkles key="i" aria-hidden />, t('smartNames')],
                    ['original_name', <Undo2 key="i" aria-hidden />, t('originalNames')],
                    ['reanalyse', <RefreshCw key="i" aria-hidden />, t('reanalyse')],
                  ] as const
                ).map(([action, icon, label]) => (
                  <li role="none" key={action}>
                    <button type="button" role="menuitem" className={menuItemClass} disabled={busy} onClick={() => (close(), onRun({ action }))}>
                      {icon}
                      {label}
                    </button>
                  </li>
                ))}
              </MenuList>
            )}
          </PopoverMenu>
        </>
      )}
      <span aria-hidden className="mx-1 h-5 w-px bg-border" />
      <button type="button" className={cn(barButton, 'px-2')} onClick={onClear} aria-label={t('clear')}>
        <X aria-hidden />
      </button>

      <Modal
        open={confirming}
        onOpenChange={setConfirming}
        title={t('confirmTitle', { count })}
        description={t('confirmText', { count })}
        closeLabel={t('cancel')}
        data-testid="delete-forever-dialog"
      >
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="outline" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </Button>
          <Button
            data-testid="delete-forever-confirm"
            className="bg-destructive text-destructive-foreground hover:bg-destructive/90"
            onClick={() => {
              setConfirming(false);
              onRun({ action: 'delete_forever' });
            }}
          >
            <Trash aria-hidden />
            {t('confirm', { count })}
          </Button>
        </div>
      </Modal>
    </section>
  );
}
