'use client';

import { CornerDownLeft, LoaderCircle, Search, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useRouter } from '@/i18n/navigation';
import { Select } from '@/web/components/ui/select';
import { useNativeDialog } from '@/web/components/ui/use-native-dialog';
import { safeColor } from '@/web/features/courses/appearance';
import { CourseBadge } from '@/web/features/courses/course-badge';
import { useDebouncedValue } from '@/web/features/courses/use-debounced-value';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { cn } from '@/web/lib/utils';
import { FileKindIcon } from './file-badges';
import { useFileSearch } from './file-queries';
import { FilterOptions } from './library-filters';
import type { SearchFilter } from './query-keys';
import { categories, fileKinds, type FileCategory, type FileKind, type SearchResult } from './types';
import { courseLabel, useCourseIndex } from './use-course-index';
import { useSearchDialog } from './ui-store';

const DEBOUNCE_MS = 200;
const ALL = '__all__';
const ANY_FILTER: SearchFilter = { course: null, category: null, type: null };

/** A small labelled select of the dialog's filter row; ALL stands for no filter. */
function FilterSelect({
  id,
  label,
  value,
  onChange,
  wide = false,
  children,
}: {
  id: string;
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="flex min-w-0 items-center gap-2">
      <label htmlFor={id} className="text-xs font-medium text-muted-foreground">
        {label}
      </label>
      <Select
        id={id}
        value={value ?? ALL}
        onChange={(e) => onChange(e.target.value === ALL ? null : e.target.value)}
        className={cn('max-w-full [&_select]:h-8 [&_select]:text-xs', wide ? 'w-48' : 'w-32')}
      >
        {children}
      </Select>
    </div>
  );
}

/** Snippet parts as text nodes, matched words in <mark>: the server's words are never HTML. */
export function Snippet({ id, parts, className }: { id?: string; parts: SearchResult['snippet']; className?: string }) {
  return (
    <p id={id} className={cn('line-clamp-2 text-sm text-muted-foreground', className)}>
      {parts.map((part, i) =>
        part.highlight ? (
          <mark key={i} className="rounded-sm bg-amber-200/70 px-0.5 text-foreground dark:bg-amber-400/30">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}

/** Search as you type across names and full text; ↑/↓ to choose, Enter to open. */
export default function SearchDialog() {
  const t = useTranslations('files.search');
  const tFiles = useTranslations('files');
  const open = useSearchDialog((s) => s.open);
  const setOpen = useSearchDialog((s) => s.setOpen);
  const dialog = useNativeDialog(open, setOpen);
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const courses = useCourseIndex();
  const [q, setQ] = useState('');
  const [filter, setFilter] = useState<SearchFilter>(ANY_FILTER);
  const [active, setActive] = useState(0);
  const debounced = useDebouncedValue(q, DEBOUNCE_MS);
  const search = useFileSearch(debounced, filter);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const filterId = useId();
  const statusId = useId();
  const results = debounced.trim() ? (search.data?.pages.flatMap((page) => page.data) ?? []) : [];
  // Results for what was typed are still coming (not merely a further page of them).
  const waiting = q.trim() !== debounced.trim() || (search.isFetching && !search.isFetchingNextPage);
  const more = !!debounced.trim() && search.hasNextPage && !waiting;
  // Enter pressed before the results for what was typed arrived: they open when they do, never
  // the previous query's.
  const [openWhenReady, setOpenWhenReady] = useState(false);

  useEffect(() => {
    setOpenWhenReady(false);
    if (!open) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [open]);

  // A new list of results starts at its first entry; a further page keeps the place.
  const resultsKey = debounced.trim() ? (search.data?.pages[0]?.data.map((r) => r.file.id).join() ?? '') : '';
  const [shownFor, setShownFor] = useState(resultsKey);
  if (shownFor !== resultsKey) {
    setShownFor(resultsKey);
    setActive(0);
  }

  function choose(result: SearchResult | undefined) {
    setOpenWhenReady(false);
    if (!result) return;
    setOpen(false);
    // The viewer opens at the first place the snippet's marked word appears.
    const word = result.snippet.find((part) => part.highlight)?.text;
    router.push(word ? `/app/files/${result.file.id}?find=${encodeURIComponent(word)}` : `/app/files/${result.file.id}`);
  }

  const openFirst = useEffectEvent(() => choose(results[0]));
  useEffect(() => {
    if (open && openWhenReady && !waiting) openFirst();
  }, [open, openWhenReady, waiting]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      // Down from the last result brings the next page when there is one, instead of wrapping.
      if (event.key === 'ArrowDown' && active === results.length - 1 && more) {
        if (!search.isFetchingNextPage) void search.fetchNextPage();
        return;
      }
      const next = (active + (event.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length;
      setActive(next);
      document.getElementById(`${listId}-${next}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (waiting) setOpenWhenReady(true);
      else choose(results[active]);
    } else if (event.key === 'Escape') {
      // A search field would only clear itself on the first Escape: close at once instead.
      event.preventDefault();
      setOpen(false);
    }
  }

  const summary = !debounced.trim()
    ? ''
    : search.isError
      ? errorMessage(search.error)
      : search.isSuccess && !waiting
        ? more
          ? t('countMore', { count: results.length })
          : t('count', { count: results.length })
        : '';

  return (
    <dialog
      {...dialog}
      aria-label={t('title')}
      data-testid="search-dialog"
      className="fixed inset-x-0 top-[8vh] m-auto mt-0 max-h-[80dvh] w-[calc(100%-1.5rem)] max-w-2xl overflow-hidden rounded-xl border border-border bg-popover p-0 text-popover-foreground shadow-2xl backdrop:bg-black/40"
    >
      {open ? (
        <div className="flex max-h-[80dvh] flex-col">
          <div className="flex items-center gap-2 border-b border-border px-3">
            {waiting && debounced.trim() ? (
              <LoaderCircle aria-hidden className="size-5 shrink-0 animate-spin text-muted-foreground motion-reduce:animate-none" />
            ) : (
              <Search aria-hidden className="size-5 shrink-0 text-muted-foreground" />
            )}
            <input
              ref={inputRef}
              type="search"
              role="combobox"
              aria-label={t('label')}
              aria-expanded={results.length > 0}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-describedby={statusId}
              aria-activedescendant={results.length ? `${listId}-${active}` : undefined}
              data-testid="search-input"
              value={q}
              onChange={(e) => {
                setQ(e.target.value);
                setOpenWhenReady(false);
              }}
              onKeyDown={onKeyDown}
              placeholder={t('placeholder')}
              maxLength={200}
              autoComplete="off"
              spellCheck={false}
              className="h-14 min-w-0 flex-1 bg-transparent text-base outline-none placeholder:text-muted-foreground [&::-webkit-search-cancel-button]:hidden"
            />
            <button
              type="button"
              onClick={() => setOpen(false)}
              aria-label={t('close')}
              className="inline-flex size-9 shrink-0 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground"
            >
              <X aria-hidden className="size-4" />
            </button>
          </div>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-border px-3 py-2">
            <FilterSelect id={`${filterId}-course`} label={t('in')} value={filter.course} onChange={(course) => setFilter({ ...filter, course })} wide>
              <option value={ALL}>{tFiles(`words.${courses.word}.all`)}</option>
              <option value="none">{tFiles('course.unsorted')}</option>
              {courses.active.map((c) => (
                <option key={c.id} value={c.id}>
                  {courseLabel(c)}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect
              id={`${filterId}-category`}
              label={tFiles('filters.category')}
              value={filter.category}
              onChange={(category) => setFilter({ ...filter, category: category as FileCategory | null })}
            >
              <FilterOptions any={ALL} values={categories} label={(c) => tFiles(`categories.${c}`)} />
            </FilterSelect>
            <FilterSelect id={`${filterId}-type`} label={tFiles('filters.type')} value={filter.type} onChange={(type) => setFilter({ ...filter, type: type as FileKind | null })}>
              <FilterOptions any={ALL} values={fileKinds} label={(k) => tFiles(`kinds.${k}`)} />
            </FilterSelect>
          </div>
          <p id={statusId} role="status" className="sr-only">
            {summary}
          </p>
          <div className="min-h-0 flex-1 overflow-y-auto p-2">
            <ul id={listId} role="listbox" aria-label={t('results')} data-testid="search-results">
              {results.map((result, i) => {
                const c = result.file.course_id ? courses.byId.get(result.file.course_id) : undefined;
                return (
                  <li
                    key={result.file.id}
                    id={`${listId}-${i}`}
                    role="option"
                    aria-selected={i === active}
                    aria-labelledby={`${listId}-${i}-name`}
                    aria-describedby={result.snippet.length ? `${listId}-${i}-snippet` : undefined}
                    onMouseMove={() => i !== active && setActive(i)}
                    onClick={() => choose(result)}
                    className={cn('flex cursor-pointer gap-3 rounded-lg px-3 py-2.5', i === active && 'bg-muted')}
                  >
                    <FileKindIcon kind={result.file.kind} className="mt-0.5 size-8" />
                    <div className="grid min-w-0 flex-1 gap-1">
                      <div className="flex min-w-0 items-center gap-2">
                        <span id={`${listId}-${i}-name`} className="truncate font-medium">
                          {result.file.display_name}
                        </span>
                        {c ? (
                          <span className="inline-flex shrink-0 items-center gap-1 text-xs text-muted-foreground">
                            <CourseBadge color={safeColor(c.color)} emoji={c.emoji} size="sm" className="size-4 text-[10px]" />
                            {courseLabel(c)}
                          </span>
                        ) : null}
                      </div>
                      {result.snippet.length ? <Snippet id={`${listId}-${i}-snippet`} parts={result.snippet} /> : null}
                    </div>
                    {i === active ? <CornerDownLeft aria-hidden className="mt-1 size-4 shrink-0 text-muted-foreground" /> : null}
                  </li>
                );
              })}
            </ul>
            {more ? (
              <button
                type="button"
                onClick={() => void search.fetchNextPage()}
                disabled={search.isFetchingNextPage}
                data-testid="search-more"
                className="mt-1 inline-flex h-9 w-full items-center justify-center gap-2 rounded-lg text-sm font-medium text-muted-foreground hover:bg-muted hover:text-foreground disabled:opacity-60"
              >
                {search.isFetchingNextPage ? <LoaderCircle aria-hidden className="size-4 animate-spin motion-reduce:animate-none" /> : null}
                {search.isFetchingNextPage ? t('loadingMore') : t('more')}
              </button>
            ) : null}
          </div>
          {debounced.trim() && search.isError ? <p className="px-5 pb-6 text-center text-sm text-danger">{errorMessage(search.error)}</p> : null}
          {debounced.trim() && search.isSuccess && !waiting && results.length === 0 ? (
            <p className="px-5 pb-6 text-center text-sm text-muted-foreground">{t(Object.values(filter).some((v) => v !== null) ? 'emptyFiltered' : 'empty', { q: debounced.trim() })}</p>
          ) : null}
          {!debounced.trim() ? <p className="px-5 pb-6 text-center text-sm text-muted-foreground">{t('hint')}</p> : null}
          <div className="hidden items-center gap-4 border-t border-border px-4 py-2 text-xs text-muted-foreground sm:flex">
            <span>
              <kbd className="rounded border border-border px-1">↑</kbd> <kbd className="rounded border border-border px-1">↓</kbd> {t('keys.move')}
            </span>
            <span>
              <kbd className="rounded border border-border px-1">↵</kbd> {t('keys.open')}
            </span>
            <span>
              <kbd className="rounded border border-border px-1">Esc</kbd> {t('keys.close')}
            </span>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
