'use client';

import { Check, ChevronDown, Folder as FolderIcon, FolderX, Inbox } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useCallback, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { menuItemClass, PopoverMenu } from '@/web/components/ui/popover-menu';
import { Skeleton } from '@/web/components/ui/skeleton';
import { safeColor } from '@/web/features/courses/appearance';
import { CourseBadge } from '@/web/features/courses/course-badge';
import { folderOptions, type FolderOption } from '@/web/features/courses/folder-model';
import { useFolders } from '@/web/features/courses/folder-queries';
import { cn } from '@/web/lib/utils';
import { courseLabel, type CourseIndex } from './use-course-index';
import { categories, type FileCategory } from './types';

/** Arrow keys, Home and End move between the items of an open menu. */
function onMenuKeyDown(event: KeyboardEvent<HTMLElement>) {
  const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([disabled])'));
  const index = items.indexOf(document.activeElement as HTMLElement);
  const go = (i: number) => {
    event.preventDefault();
    items[(i + items.length) % items.length]?.focus();
  };
  if (event.key === 'ArrowDown') go(index + 1);
  else if (event.key === 'ArrowUp') go(index - 1);
  else if (event.key === 'Home') go(0);
  else if (event.key === 'End') go(items.length - 1);
}

const EDGE_PX = 8;
const GAP_PX = 6;

/**
 * The list inside a PopoverMenu: keyboard movement between items, and a panel that opens above its
 * trigger when there is no room below (rows at the bottom of the screen, the bulk bar).
 */
export function MenuList({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const cleanup = useRef<(() => void) | null>(null);
  const attach = useCallback((list: HTMLUListElement | null) => {
    cleanup.current?.();
    cleanup.current = null;
    const panel = list?.parentElement;
    const trigger = panel?.previousElementSibling;
    if (!panel || !trigger) return;
    const place = (event: Event) => {
      if ((event as ToggleEvent).newState !== 'open') return;
      const below = panel.getBoundingClientRect();
      if (below.bottom <= window.innerHeight - EDGE_PX) return;
      const anchor = trigger.getBoundingClientRect();
      panel.style.top = `${Math.max(EDGE_PX, anchor.top - below.height - GAP_PX)}px`;
    };
    panel.addEventListener('toggle', place);
    cleanup.current = () => panel.removeEventListener('toggle', place);
  }, []);
  return (
    <ul ref={attach} role="menu" aria-label={label} onKeyDown={onMenuKeyDown} className={className}>
      {children}
    </ul>
  );
}

const chipClass =
  'inline-flex h-8 max-w-full min-w-0 items-center gap-1.5 rounded-md border border-transparent px-2 text-xs font-medium text-foreground hover:border-border hover:bg-muted aria-expanded:border-border aria-expanded:bg-muted';

type ChoiceProps = { checked: boolean; onSelect: () => void; children: ReactNode };

function Choice({ checked, onSelect, children, indent = 0 }: ChoiceProps & { indent?: number }) {
  return (
    <li role="none">
      <button
        type="button"
        role="menuitemradio"
        aria-checked={checked}
        className={cn(menuItemClass, 'pr-8 relative')}
        style={indent ? { paddingLeft: `${0.5 + indent * 1}rem` } : undefined}
        onClick={onSelect}
      >
        {children}
        {checked ? <Check aria-hidden className="absolute right-2 text-primary" /> : null}
      </button>
    </li>
  );
}

/** The course chip of a file; a click offers every course, and picking one is a correction. */
export function CourseMenu({
  courseId,
  courses,
  fileName,
  onChange,
  className,
}: {
  courseId: string | null;
  courses: CourseIndex;
  fileName: string;
  onChange: (courseId: string | null) => void;
  className?: string;
}) {
  const t = useTranslations('files');
  const course = courseId ? courses.byId.get(courseId) : undefined;
  if (courseId && !course && courses.isPending) {
    // Courses still loading: not "Unsorted", which would be untrue for a moment.
    return <Skeleton className={cn('h-8 w-24', className)} />;
  }
  const current = course ? courseLabel(course) : t('course.unsorted');
  return (
    <PopoverMenu
      triggerLabel={t(`words.${courses.word}.change`, { name: fileName, current })}
      triggerClassName={cn(chipClass, !course && 'text-muted-foreground', className)}
      className="max-h-80 w-64 overflow-y-auto"
      trigger={
        <>
          {course ? <CourseBadge color={safeColor(course.color)} emoji={course.emoji} size="sm" className="size-5 text-xs" /> : <Inbox aria-hidden className="size-4 shrink-0" />}
          <span className="truncate" data-testid="course-chip-label">
            {current}
          </span>
          <ChevronDown aria-hidden className="size-3.5 shrink-0 opacity-60" />
        </>
      }
    >
      {(close) => (
        <MenuList label={t(`words.${courses.word}.menu`)}>
          {courses.active.map((c) => (
            <Choice key={c.id} checked={c.id === courseId} onSelect={() => (close(), c.id !== courseId && onChange(c.id))}>
              <CourseBadge color={safeColor(c.color)} emoji={c.emoji} size="sm" className="size-5 text-xs" />
              <span className="min-w-0 truncate">
                {c.code ? <span className="font-mono text-xs text-muted-foreground">{c.code} </span> : null}
                {c.name}
              </span>
            </Choice>
          ))}
          <li role="separator" className="-mx-1 my-1 border-t border-border" />
          <Choice checked={courseId === null} onSelect={() => (close(), courseId !== null && onChange(null))}>
            <Inbox aria-hidden />
            {t('course.unsorted')}
          </Choice>
        </MenuList>
      )}
    </PopoverMenu>
  );
}

/** The category chip of a file, a one-click correction like the course. */
export function CategoryMenu({
  category,
  fileName,
  onChange,
  className,
}: {
  category: FileCategory | null;
  fileName: string;
  onChange: (category: FileCategory) => void;
  className?: string;
}) {
  const t = useTranslations('files');
  const current = category ? t(`categories.${category}`) : t('category.none');
  return (
    <PopoverMenu
      triggerLabel={t('category.change', { name: fileName, current })}
      triggerClassName={cn(chipClass, !category && 'text-muted-foreground', className)}
      className="w-48"
      trigger={
        <>
          <span className="truncate">{current}</span>
          <ChevronDown aria-hidden className="size-3.5 shrink-0 opacity-60" />
        </>
      }
    >
      {(close) => (
        <MenuList label={t('category.menu')}>
          {categories.map((c) => (
            <Choice key={c} checked={c === category} onSelect={() => (close(), c !== category && onChange(c))}>
              {t(`categories.${c}`)}
            </Choice>
          ))}
        </MenuList>
      )}
    </PopoverMenu>
  );
}

/**
 * The folder chip of a file in a course: shows where it is filed and offers the course's folders,
 * indented as a tree. Nothing shows for a course without folders, until the student makes some.
 */
export function FolderMenu({
  courseId,
  folderId,
  fileName,
  onChange,
  className,
}: {
  courseId: string;
  folderId: string | null;
  fileName: string;
  onChange: (folder: FolderOption | null) => void;
  className?: string;
}) {
  const t = useTranslations('files.folder');
  const folders = useFolders(courseId, folderId);
  const options = folderOptions(folders.data ?? []);
  const current = folderId ? options.find((o) => o.id === folderId) : undefined;
  if (folderId && !current && (folders.isPending || folders.isFetching)) return <Skeleton className={cn('h-8 w-20', className)} />;
  if (!current && options.length === 0) return null;
  const label = current ? current.name : t('none');
  return (
    <PopoverMenu
      triggerLabel={t('change', { name: fileName, current: current?.path ?? label })}
      triggerClassName={cn(chipClass, !current && 'text-muted-foreground', className)}
      className="max-h-80 w-64 overflow-y-auto"
      trigger={
        <>
          {current ? <FolderIcon aria-hidden className="size-4 shrink-0" /> : <FolderX aria-hidden className="size-4 shrink-0" />}
          <span className="truncate" data-testid="folder-chip-label" title={current?.path}>
            {label}
          </span>
          <ChevronDown aria-hidden className="size-3.5 shrink-0 opacity-60" />
        </>
      }
    >
      {(close) => (
        <MenuList label={t('menu')}>
          <Choice checked={!current} onSelect={() => (close(), folderId !== null && onChange(null))}>
            <FolderX aria-hidden />
            {t('none')}
          </Choice>
          <li role="separator" className="-mx-1 my-1 border-t border-border" />
          {options.map((o) => (
            <Choice key={o.id} checked={o.id === folderId} indent={o.depth} onSelect={() => (close(), o.id !== folderId && onChange(o))}>
              <FolderIcon aria-hidden />
              <span className="min-w-0 truncate">{o.name}</span>
            </Choice>
          ))}
        </MenuList>
      )}
    </PopoverMenu>
  );
}
