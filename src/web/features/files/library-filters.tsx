'use client';

import { LayoutGrid, List, SlidersHorizontal, X } from 'lucide-react';
import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Button } from '@/web/components/ui/button';
import { Input } from '@/web/components/ui/input';
import { Select } from '@/web/components/ui/select';
import { folderOptions } from '@/web/features/courses/folder-model';
import { useFolders } from '@/web/features/courses/folder-queries';
import { cn } from '@/web/lib/utils';
import { categories, defaultFilter, fileKinds, fileStatuses, languages, type FileFilter, type SortField, type SortOrder } from './types';
import { courseLabel, type CourseIndex } from './use-course-index';
import type { LibraryLayout } from './ui-store';

const ANY = '__any__';
const SORTS: Array<[SortField, SortOrder]> = [
  ['created_at', 'desc'],
  ['created_at', 'asc'],
  ['name', 'asc'],
  ['name', 'desc'],
  ['date', 'desc'],
  ['date', 'asc'],
  ['size', 'desc'],
  ['size', 'asc'],
];

const segmentClass = (on: boolean) =>
  cn('inline-flex h-9 items-center gap-1.5 rounded-sm px-3 text-sm font-medium transition-colors [&_svg]:size-4', on ? 'bg-accent text-accent-foreground' : 'text-muted-foreground hover:bg-muted hover:text-foreground');

/** A filter select's options: "any" first (its value is `any`), then each value by its label. */
export function FilterOptions<V extends string>({ any, values, label }: { any: string; values: readonly V[]; label: (value: V) => string }) {
  const t = useTranslations('files.filters');
  return (
    <>
      <option value={any}>{t('any')}</option>
      {values.map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </>
  );
}

/** All files, Needs review, Trash. */
export function ViewTabs({ filter, onChange, reviewCount }: { filter: FileFilter; onChange: (f: FileFilter) => void; reviewCount?: number }) {
  const t = useTranslations('files.views');
  return (
    <div role="group" aria-label={t('label')} className="inline-flex max-w-full overflow-x-auto rounded-md border border-border p-0.5">
      {(['all', 'review', 'trash'] as const).map((view) => (
        <button
          key={view}
          type="button"
          aria-pressed={filter.view === view}
          data-testid={`view-${view}`}
          onClick={() => onChange({ ...filter, view, status: view === 'review' ? null : filter.status })}
          className={segmentClass(filter.view === view)}
        >
          {t(view)}
          {view === 'review' && reviewCount ? <span className="rounded-full bg-background px-1.5 text-xs tabular-nums">{reviewCount}</span> : null}
        </button>
      ))}
    </div>
  );
}

export function LayoutToggle({ layout, onChange }: { layout: LibraryLayout; onChange: (l: LibraryLayout) => void }) {
  const t = useTranslations('files.layout');
  return (
    <div role="group" aria-label={t('label')} className="inline-flex rounded-md border border-border p-0.5">
      {(['list', 'grid'] as const).map((l) => (
        <button key={l} type="button" aria-pressed={layout === l} aria-label={t(l)} title={t(l)} onClick={() => onChange(l)} className={cn(segmentClass(layout === l), 'px-2.5')}>
          {l === 'list' ? <List aria-hidden /> : <LayoutGrid aria-hidden />}
        </button>
      ))}
    </div>
  );
}

/** How many filters beyond the course are set (the "More filters" button shows it). */
export function extraFilterCount(filter: FileFilter): number {
  return [filter.category, filter.language, filter.type, filter.status, filter.from, filter.to].filter(Boolean).length;
}

export function isFiltered(filter: FileFilter): boolean {
  return !!filter.course || !!filter.folder || extraFilterCount(filter) > 0;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A folder named in the page's address (`?folder=<id>`, with a course), to open the list there. */
export function useFolderParam(): string | null {
  const folder = useSearchParams().get('folder');
  return folder && UUID.test(folder) ? folder : null;
}

/** The folders of the chosen course, indented as a tree; a folder shows its own files, not its subfolders'. */
function FolderSelect({ id, courseId, value, onChange }: { id: string; courseId: string; value: string | null; onChange: (folder: string | null) => void }) {
  const t = useTranslations('files.folder');
  const options = folderOptions(useFolders(courseId, value).data ?? []);
  if (options.length === 0 && !value) return null;
  return (
    <div className="grid w-full gap-1.5 sm:w-56">
      <label htmlFor={id} className="text-sm font-medium">
        {t('label')}
      </label>
      <Select id={id} data-testid="filter-folder" value={value ?? ANY} onChange={(e) => onChange(e.target.value === ANY ? null : e.target.value)}>
        <option value={ANY}>{t('all')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {'\u00a0\u00a0\u00a0'.repeat(o.depth)}
            {o.name}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** Course, sort and the rest of the filters (folded away on small screens until asked for). */
export function LibraryFilters({
  filter,
  onChange,
  courses,
  hideCourse = false,
}: {
  filter: FileFilter;
  onChange: (f: FileFilter) => void;
  courses: CourseIndex;
  hideCourse?: boolean;
}) {
  const t = useTranslations('files');
  const id = useId();
  const extra = extraFilterCount(filter);
  const [more, setMore] = useState(extra > 0);
  const set = <K extends keyof FileFilter>(key: K, value: FileFilter[K]) => onChange({ ...filter, [key]: value });
  const pick = (value: string) => (value === ANY ? null : value);

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-end gap-3">
        {hideCourse ? null : (
          <div className="grid w-full gap-1.5 sm:w-56">
            <label htmlFor={`${id}-course`} className="text-sm font-medium">
              {t(`words.${courses.word}.label`)}
            </label>
            <Select
              id={`${id}-course`}
              data-testid="filter-course"
              value={filter.course ?? ANY}
              onChange={(e) => onChange({ ...filter, course: pick(e.target.value), folder: null })}
            >
              <option value={ANY}>{t(`words.${courses.word}.all`)}</option>
              <option value="none">{t('course.unsorted')}</option>
              {courses.active.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.emoji ? `${c.emoji} ` : ''}
                  {courseLabel(c)}
                </option>
              ))}
            </Select>
          </div>
        )}
        {filter.course && filter.course !== 'none' ? (
          <FolderSelect id={`${id}-folder`} courseId={filter.course} value={filter.folder} onChange={(folder) => set('folder', folder)} />
        ) : null}
        <div className="grid min-w-0 flex-1 gap-1.5 sm:w-56 sm:flex-none">
          <label htmlFor={`${id}-sort`} className="text-sm font-medium">
            {t('sort.label')}
          </label>
          <Select
            id={`${id}-sort`}
            data-testid="sort"
            value={`${filter.sort}:${filter.order}`}
            onChange={(e) => {
              const [sort, order] = e.target.value.split(':') as [SortField, SortOrder];
              onChange({ ...filter, sort, order });
            }}
          >
            {SORTS.map(([sort, order]) => (
              <option key={`${sort}:${order}`} value={`${sort}:${order}`}>
                {t(`sort.${sort}_${order}`)}
              </option>
            ))}
          </Select>
        </div>
        <Button variant="outline" aria-expanded={more} aria-controls={`${id}-more`} onClick={() => setMore(!more)}>
          <SlidersHorizontal aria-hidden />
          {extra ? t('filters.moreCount', { count: extra }) : t('filters.more')}
        </Button>
        {(hideCourse ? extra > 0 || !!filter.folder : isFiltered(filter)) ? (
          <Button
            variant="ghost"
            onClick={() => onChange({ ...defaultFilter, view: filter.view, sort: filter.sort, order: filter.order, course: hideCourse ? filter.course : null })}
          >
            <X aria-hidden />
            {t('filters.clear')}
          </Button>
        ) : null}
      </div>
      <div id={`${id}-more`} hidden={!more} className="grid grid-cols-1 gap-3 rounded-lg border border-border p-3 min-[480px]:grid-cols-2 md:grid-cols-3">
        <div className="grid gap-1.5">
          <label htmlFor={`${id}-category`} className="text-sm font-medium">
            {t('filters.category')}
          </label>
          <Select id={`${id}-category`} value={filter.category ?? ANY} onChange={(e) => set('category', pick(e.target.value) as FileFilter['category'])}>
            <FilterOptions any={ANY} values={categories} label={(c) => t(`categories.${c}`)} />
          </Select>
        </div>
        <div className="grid gap-1.5">
          <label htmlFor={`${id}-type`} className="text-sm font-medium">
            {t('filters.type')}
          </label>
          <Select id={`${id}-type`} value={filter.type ?? ANY} onChange={(e) => set('type', pick(e.target.value) as FileFilter['type'])}>
            <FilterOptions any={ANY} values={fileKinds} label={(k) => t(`kinds.${k}`)} />
          </Select>
        </div>
        <div className="grid gap-1.5">
          <label htmlFor={`${id}-language`} className="text-sm font-medium">
            {t('filters.language')}
          </label>
          <Select id={`${id}-language`} value={filter.language ?? ANY} onChange={(e) => set('language', pick(e.target.value) as FileFilter['language'])}>
            <FilterOptions any={ANY} values={languages} label={(l) => t(`languages.${l}`)} />
          </Select>
        </div>
        <div className="grid gap-1.5">
          <label htmlFor={`${id}-status`} className="text-sm font-medium">
            {t('filters.status')}
          </label>
          <Select
            id={`${id}-status`}
            value={filter.status ?? ANY}
            disabled={filter.view === 'review'}
            onChange={(e) => set('status', pick(e.target.value) as FileFilter['status'])}
          >
            <FilterOptions any={ANY} values={fileStatuses} label={(s) => t(`status.${s}`)} />
          </Select>
        </div>
        <div className="grid gap-1.5">
          <label htmlFor={`${id}-from`} className="text-sm font-medium">
            {t('filters.from')}
          </label>
          <Input id={`${id}-from`} type="date" value={filter.from ?? ''} max={filter.to ?? undefined} onChange={(e) => set('from', e.target.value || null)} />
        </div>
        <div className="grid gap-1.5">
          <label htmlFor={`${id}-to`} className="text-sm font-medium">
            {t('filters.to')}
          </label>
          <Input id={`${id}-to`} type="date" value={filter.to ?? ''} min={filter.from ?? undefined} onChange={(e) => set('to', e.target.value || null)} />
        </div>
        <p className="text-xs text-muted-foreground min-[480px]:col-span-2 md:col-span-3">{t('filters.dateHint')}</p>
      </div>
    </div>
  );
}
