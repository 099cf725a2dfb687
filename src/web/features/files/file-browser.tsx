'use client';

import { Archive, FileSearch, Inbox, LoaderCircle, RefreshCw, SearchCheck, Trash } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert } from '@/web/components/ui/alert';
import { Button } from '@/web/components/ui/button';
import { Skeleton } from '@/web/components/ui/skeleton';
import { toast } from '@/web/components/ui/toast';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { cn } from '@/web/lib/utils';
import { BulkBar, type BulkCommand } from './bulk-bar';
import { FileCollection, type RowActions } from './file-list';
import { useBulkFiles, useFileList, useReanalyse, useUpdateFile } from './file-queries';
import { isFiltered, LayoutToggle, LibraryFilters, ViewTabs } from './library-filters';
import { defaultFilter, type FileFilter } from './types';
import { courseLabel, useCourseIndex } from './use-course-index';
import { useFileEvents } from './use-file-events';
import { useLibraryPrefs } from './ui-store';

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input:not([type=checkbox]), textarea, select'));
}

/** A menu is open: Escape closes it, and must not also drop the selection. */
function popoverOpen(): boolean {
  try {
    return document.querySelector(':popover-open') !== null;
  } catch {
    return false;
  }
}

function ListSkeleton({ grid }: { grid: boolean }) {
  return (
    <div aria-hidden className={grid ? 'grid grid-cols-1 gap-3 min-[480px]:grid-cols-2 lg:grid-cols-3' : 'grid gap-1'}>
      {Array.from({ length: 6 }, (_, i) =>
        grid ? (
          <Skeleton key={i} className="h-48 rounded-xl" />
        ) : (
          <div key={i} className="flex items-center gap-3 px-3 py-2.5">
            <Skeleton className="size-4" />
            <Skeleton className="size-9 rounded-lg" />
            <div className="grid flex-1 gap-1.5">
              <Skeleton className="h-4 w-2/3" />
              <Skeleton className="h-3 w-1/3" />
            </div>
            <Skeleton className="hidden h-6 w-40 sm:block" />
          </div>
        ),
      )}
    </div>
  );
}

function Empty({ icon, title, text, children }: { icon: ReactNode; title: string; text: string; children?: ReactNode }) {
  return (
    <div data-testid="files-empty" className="grid justify-items-center gap-3 rounded-xl border border-dashed border-border px-6 py-12 text-center">
      <span aria-hidden className="inline-flex size-12 items-center justify-center rounded-full bg-accent text-accent-foreground [&_svg]:size-6">
        {icon}
      </span>
      <h2 className="font-semibold">{title}</h2>
      <p className="max-w-md text-sm text-muted-foreground">{text}</p>
      {children}
    </div>
  );
}

/**
 * Files with their filters, views, selection and bulk actions. The library shows every course; a
 * course page fixes `course`.
 */
export function FileBrowser({ course, initialFilter }: { course?: string; initialFilter?: Partial<FileFilter> }) {
  const t = useTranslations('files');
  const errorMessage = useErrorMessage();
  const courses = useCourseIndex();
  const [filter, setFilter] = useState<FileFilter>({ ...defaultFilter, ...initialFilter, ...(course ? { course } : {}) });
  const list = useFileList(filter);
  const update = useUpdateFile();
  const bulk = useBulkFiles();
  const reanalyse = useReanalyse();
  const layout = useLibraryPrefs((s) => s.layout);
  const setLayout = useLibraryPrefs((s) => s.setLayout);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const anchor = useRef<string | null>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  useFileEvents();

  useEffect(() => {
    void useLibraryPrefs.persist.rehydrate();
  }, []);

  const files = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);
  const selectedIds = useMemo(() => files.filter((f) => selected.has(f.id)).map((f) => f.id), [files, selected]);

  const changeFilter = useCallback((next: FileFilter) => {
    setFilter(next);
    setSelected(new Set());
    anchor.current = null;
  }, []);

  const nameOfCourse = (id: string | null) => {
    const c = id ? courses.byId.get(id) : undefined;
    return c ? courseLabel(c) : t('course.unsorted');
  };

  // Rows are memoised: they get one stable object whose methods read the latest state.
  const latest = useRef<RowActions>(null as unknown as RowActions);
  useLayoutEffect(() => {
    latest.current = {
      toggle: (id, range) => {
        // Read the anchor now: the updater below runs later, after it has moved.
        const from = range && anchor.current ? files.findIndex((f) => f.id === anchor.current) : -1;
        const to = files.findIndex((f) => f.id === id);
        setSelected((prev) => {
          const next = new Set(prev);
          const on = !prev.has(id);
          if (from >= 0 && to >= 0) {
            for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
              if (on) next.add(files[i]!.id);
              else next.delete(files[i]!.id);
            }
          } else if (on) next.add(id);
          else next.delete(id);
          return next;
        });
        anchor.current = id;
      },
      correctCourse: (file, courseId) => {
        update.mutate({ file, change: { course_id: courseId } });
        setAnnouncement(t('done.moved', { count: 1, name: file.display_name, course: nameOfCourse(courseId) }));
      },
      correctFolder: (file, folder) => {
        update.mutate({ file, change: { folder_id: folder?.id ?? null } });
        setAnnouncement(folder ? t('done.filed', { name: file.display_name, folder: folder.path }) : t('done.unfiled', { name: file.display_name }));
      },
      correctCategory: (file, category) => {
        update.mutate({ file, change: { category } });
        setAnnouncement(t('done.categorised', { count: 1, name: file.display_name, category: t(`categories.${category}`) }));
      },
      act: (file, action) => run([file.id], { action } as BulkCommand),
    };
  });
  const actions = useMemo<RowActions>(
    () => ({
      toggle: (...a) => latest.current.toggle(...a),
      correctCourse: (...a) => latest.current.correctCourse(...a),
      correctFolder: (...a) => latest.current.correctFolder(...a),
      correctCategory: (...a) => latest.current.correctCategory(...a),
      act: (...a) => latest.current.act(...a),
    }),
    [],
  );

  function run(ids: string[], command: BulkCommand) {
    const count = ids.length;
    const name = count === 1 ? (files.find((f) => f.id === ids[0])?.display_name ?? '') : '';
    const done = (message: string) => {
      setAnnouncement(message);
      toast.success(message);
    };
    if (command.action === 'reanalyse') {
      reanalyse.mutate(ids, { onSuccess: () => done(t('done.reanalysing', { count, name })) });
      return;
    }
    runBulk(ids, command, { count, name, done });
  }

  function runBulk(ids: string[], command: Exclude<BulkCommand, { action: 'reanalyse' }>, { count, name, done }: { count: number; name: string; done: (message: string) => void }) {
    const clears = command.action === 'trash' || command.action === 'restore' || command.action === 'delete_forever';
    bulk.mutate(
      {
        ids,
        action: command.action,
        ...(command.action === 'move' ? { course_id: command.courseId } : {}),
        ...(command.action === 'set_category' ? { category: command.category } : {}),
      },
      {
        onSuccess: () => {
          if (clears) setSelected((prev) => new Set([...prev].filter((id) => !ids.includes(id))));
          switch (command.action) {
            case 'move':
              return done(t('done.moved', { count, name, course: nameOfCourse(command.courseId) }));
            case 'set_category':
              return done(t('done.categorised', { count, name, category: t(`categories.${command.category}`) }));
            default:
              return done(t(`done.${command.action}`, { count, name }));
          }
        },
      },
    );
  }

  // Ctrl/Cmd+A selects every loaded file; Escape lets go of the selection.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isEditable(event.target) || document.querySelector('dialog:modal')) return;
      // Only while the list is where the keyboard is (or nowhere in particular).
      const focus = document.activeElement;
      if (focus && focus !== document.body && !container.current?.contains(focus)) return;
      if ((event.key === 'a' || event.key === 'A') && (event.ctrlKey || event.metaKey) && !event.altKey) {
        event.preventDefault();
        setSelected(new Set(files.map((f) => f.id)));
        setAnnouncement(t('list.selectedAll', { count: files.length }));
      } else if (event.key === 'Escape' && selected.size > 0 && !popoverOpen()) {
        setSelected(new Set());
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [files, selected.size, t]);

  // The next page loads as its end comes into view.
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  useEffect(() => {
    const el = sentinel.current;
    if (!el || !hasNextPage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    }, { rootMargin: '400px 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const allSelected = files.length > 0 && selectedIds.length === files.length;
  const filtered = isFiltered({ ...filter, course: course ? null : filter.course });
  const listLabel = t(`views.${filter.view}`);

  let body: ReactNode;
  if (list.isError && !list.data) {
    body = (
      <Alert variant="error">
        <span>{errorMessage(list.error)} </span>
        <button type="button" onClick={() => list.refetch()} className="inline-flex items-center gap-1 font-medium underline">
          <RefreshCw aria-hidden className="size-3.5" />
          {t('retry')}
        </button>
      </Alert>
    );
  } else if (list.isPending) {
    body = (
      <div role="status" aria-busy="true">
        <span className="sr-only">{t('loading')}</span>
        <ListSkeleton grid={layout === 'grid'} />
      </div>
    );
  } else if (files.length === 0) {
    body =
      filter.view === 'trash' ? (
        <Empty icon={<Trash />} title={t('empty.trashTitle')} text={t('empty.trash')} />
      ) : filter.view === 'review' ? (
        <Empty icon={<SearchCheck />} title={t('empty.reviewTitle')} text={t('empty.review')} />
      ) : filtered ? (
        <Empty icon={<FileSearch />} title={t('empty.filteredTitle')} text={t('empty.filtered')}>
          <Button variant="outline" onClick={() => changeFilter({ ...defaultFilter, view: filter.view, sort: filter.sort, order: filter.order, course: course ?? null })}>
            {t('filters.clear')}
          </Button>
        </Empty>
      ) : filter.course === 'none' ? (
        <Empty icon={<Inbox />} title={t('empty.unsortedTitle')} text={t('empty.unsorted')} />
      ) : course ? (
        <Empty icon={<Archive />} title={t(`words.${courses.word}.emptyTitle`)} text={t(`words.${courses.word}.empty`)} />
      ) : (
        <Empty icon={<Archive />} title={t('empty.libraryTitle')} text={t('empty.library')} />
      );
  } else {
    body = (
      <div aria-busy={list.isPlaceholderData} className={cn('grid gap-3 transition-opacity', list.isPlaceholderData && 'opacity-60')}>
        <div className="flex flex-wrap items-center gap-3 px-2 text-sm text-muted-foreground sm:px-3">
          <label className="inline-flex cursor-pointer items-center gap-3">
            <input
              type="checkbox"
              className="size-4 cursor-pointer accent-primary"
              checked={allSelected}
              ref={(el) => {
                if (el) el.indeterminate = selectedIds.length > 0 && !allSelected;
              }}
              onChange={() => setSelected(allSelected ? new Set() : new Set(files.map((f) => f.id)))}
              data-testid="select-all"
            />
            {t('list.selectAll')}
          </label>
          <span className="ml-auto tabular-nums" data-testid="file-count">
            {hasNextPage ? t('list.countMore', { count: files.length }) : t('list.count', { count: files.length })}
          </span>
        </div>
        <FileCollection files={files} layout={layout} selected={selected} view={filter.view} courses={courses} actions={actions} label={listLabel} />
        <div ref={sentinel} />
        {hasNextPage ? (
          <Button variant="outline" className="justify-self-center" onClick={() => fetchNextPage()} disabled={isFetchingNextPage}>
            {isFetchingNextPage ? <LoaderCircle aria-hidden className="animate-spin motion-reduce:animate-none" /> : null}
            {isFetchingNextPage ? t('list.loadingMore') : t('list.loadMore')}
          </Button>
        ) : null}
      </div>
    );
  }

  return (
    <div ref={container} className={cn('grid gap-4', selectedIds.length > 0 && 'pb-20')} data-testid="file-browser">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ViewTabs filter={filter} onChange={changeFilter} />
        <LayoutToggle layout={layout} onChange={setLayout} />
      </div>
      <LibraryFilters filter={filter} onChange={changeFilter} courses={courses} hideCourse={!!course} />
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {body}
      {selectedIds.length > 0 ? (
        <BulkBar
          count={selectedIds.length}
          view={filter.view}
          courses={courses}
          busy={bulk.isPending || reanalyse.isPending}
          onRun={(command) => run(selectedIds, command)}
          onClear={() => setSelected(new Set())}
        />
      ) : null}
    </div>
  );
}
