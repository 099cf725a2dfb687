'use client';

import { Download, Ellipsis, RefreshCw, RotateCcw, Sparkles, Trash } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { memo, type MouseEvent } from 'react';
import { Link } from '@/i18n/navigation';
import { Badge } from '@/web/components/ui/badge';
import { menuItemClass, PopoverMenu } from '@/web/components/ui/popover-menu';
import { safeColor } from '@/web/features/courses/appearance';
import { CourseBadge } from '@/web/features/courses/course-badge';
import type { FolderOption } from '@/web/features/courses/folder-model';
import { cn } from '@/web/lib/utils';
import { CategoryMenu, CourseMenu, FolderMenu, MenuList } from './correction-menus';
import { ConfidenceBadge, FileKindIcon, ReviewNote, StatusChip } from './file-badges';
import { downloadUrl } from './file-queries';
import { useFileFormat } from './format';
import type { FileCategory, FileItem, FileView } from './types';
import { courseLabel, type CourseIndex } from './use-course-index';
import type { LibraryLayout } from './ui-store';

export type RowActions = {
  toggle: (id: string, range: boolean) => void;
  correctCourse: (file: FileItem, courseId: string | null) => void;
  correctFolder: (file: FileItem, folder: FolderOption | null) => void;
  correctCategory: (file: FileItem, category: FileCategory) => void;
  act: (file: FileItem, action: 'smart_name' | 'reanalyse' | 'trash' | 'restore') => void;
};

type RowProps = { file: FileItem; selected: boolean; view: FileView; courses: CourseIndex; actions: RowActions };

function SelectBox({ file, selected, actions, className }: Pick<RowProps, 'file' | 'selected' | 'actions'> & { className?: string }) {
  const t = useTranslations('files.list');
  return (
    <input
      type="checkbox"
      checked={selected}
      aria-label={t('select', { name: file.display_name })}
      data-testid="file-select"
      onChange={() => undefined}
      onClick={(event: MouseEvent<HTMLInputElement>) => actions.toggle(file.id, event.shiftKey)}
      className={cn('relative z-10 size-4 shrink-0 cursor-pointer accent-primary', className)}
    />
  );
}

function StaticCourse({ file, courses }: { file: FileItem; courses: CourseIndex }) {
  const t = useTranslations('files');
  const course = file.course_id ? courses.byId.get(file.course_id) : undefined;
  return course ? (
    <Badge variant="outline" className="gap-1 py-1">
      <CourseBadge color={safeColor(course.color)} emoji={course.emoji} size="sm" className="size-4 text-[10px]" />
      {courseLabel(course)}
    </Badge>
  ) : (
    <Badge variant="outline" className="py-1 text-muted-foreground">
      {t('course.unsorted')}
    </Badge>
  );
}

function Facts({ file, courses, view, actions, columns = false }: Omit<RowProps, 'selected'> & { columns?: boolean }) {
  const t = useTranslations('files');
  if (view === 'trash') {
    return (
      <>
        <StaticCourse file={file} courses={courses} />
        {file.ai_category ? <Badge variant="outline">{t(`categories.${file.ai_category}`)}</Badge> : null}
      </>
    );
  }
  // In the list, each fact keeps a column of its own width from lg up, so rows line up like a table.
  const column = (width: string) => (columns ? cn('flex min-w-0', width) : 'contents');
  return (
    <>
      <div className={column('lg:w-36')}>
        <CourseMenu courseId={file.course_id} courses={courses} fileName={file.display_name} onChange={(id) => actions.correctCourse(file, id)} className="relative z-10" />
      </div>
      <div className={cn(column('lg:w-32'), 'max-lg:empty:hidden')}>
        {file.course_id ? (
          <FolderMenu courseId={file.course_id} folderId={file.folder_id} fileName={file.display_name} onChange={(folder) => actions.correctFolder(file, folder)} className="relative z-10" />
        ) : null}
      </div>
      <div className={column('lg:w-28')}>
        <CategoryMenu category={file.ai_category} fileName={file.display_name} onChange={(c) => actions.correctCategory(file, c)} className="relative z-10" />
      </div>
      {/* Above the row's link, so their explanations show on hover. */}
      <div className={column('lg:w-24')}>
        <StatusChip file={file} className="relative z-10" />
      </div>
      <div className={column('lg:w-20')}>{file.status === 'ready' ? <ConfidenceBadge level={file.confidence_level} className="relative z-10" /> : null}</div>
    </>
  );
}

function RowMenu({ file, view, actions }: Pick<RowProps, 'file' | 'view' | 'actions'>) {
  const t = useTranslations('files.actions');
  if (view === 'trash') {
    return (
      <button
        type="button"
        onClick={() => actions.act(file, 'restore')}
        className="relative z-10 inline-flex h-8 shrink-0 items-center gap-1.5 rounded-md px-2 text-xs font-medium hover:bg-muted [&_svg]:size-4"
      >
        <RotateCcw aria-hidden />
        {t('restore')}
      </button>
    );
  }
  const canUseSmartName = !!file.ai_name && file.ai_name !== file.display_name;
  return (
    <PopoverMenu
      triggerLabel={t('more', { name: file.display_name })}
      triggerClassName="relative z-10 inline-flex size-8 shrink-0 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground"
      trigger={<Ellipsis aria-hidden className="size-4" />}
      className="w-56"
    >
      {(close) => (
        <MenuList label={t('menu')}>
          <li role="none">
            <a role="menuitem" href={downloadUrl(file.id, false)} download className={menuItemClass} onClick={close}>
              <Download aria-hidden />
              {t('download')}
            </a>
          </li>
          {canUseSmartName ? (
            <li role="none">
              <button type="button" role="menuitem" className={menuItemClass} onClick={() => (close(), actions.act(file, 'smart_name'))}>
                <Sparkles aria-hidden />
                {t('useSmartName')}
              </button>
            </li>
          ) : null}
          <li role="none">
            <button type="button" role="menuitem" className={menuItemClass} onClick={() => (close(), actions.act(file, 'reanalyse'))}>
              <RefreshCw aria-hidden />
              {t('reanalyse')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" className={cn(menuItemClass, 'text-danger')} onClick={() => (close(), actions.act(file, 'trash'))}>
              <Trash aria-hidden />
              {t('trash')}
            </button>
          </li>
        </MenuList>
      )}
    </PopoverMenu>
  );
}

function NameBlock({ file, clamp }: { file: FileItem; clamp?: boolean }) {
  const t = useTranslations('files.list');
  const fmt = useFileFormat();
  const renamed = file.original_name !== file.display_name;
  return (
    <div className="grid min-w-0 gap-0.5">
      <Link
        href={`/app/files/${file.id}`}
        title={renamed ? t('originalName', { name: file.original_name }) : undefined}
        data-testid="file-name"
        className={cn(
          'font-medium outline-none after:absolute after:inset-0 after:rounded-[inherit] focus-visible:after:outline-2 focus-visible:after:outline-ring',
          clamp ? 'line-clamp-2 break-words' : 'truncate',
        )}
      >
        {file.display_name}
      </Link>
      <p className="truncate text-xs text-muted-foreground">
        {renamed ? (
          <>
            <span className="sr-only">{t('originalLabel')} </span>
            <span data-testid="file-original-name">{file.original_name}</span>
            <span aria-hidden> · </span>
          </>
        ) : null}
        {fmt.size(file.file_size)}
        <span aria-hidden> · </span>
        {file.ai_date ? fmt.date(file.ai_date) : fmt.when(file.created_at)}
      </p>
    </div>
  );
}

const FileRow = memo(function FileRow({ file, selected, view, courses, actions }: RowProps) {
  return (
    <li
      data-testid="file-row"
      data-file-id={file.id}
      data-status={file.status}
      className={cn('relative flex flex-wrap items-center gap-x-3 gap-y-1.5 rounded-lg px-2 py-2 sm:px-3 lg:flex-nowrap', selected ? 'bg-accent/60' : 'hover:bg-muted/50')}
    >
      <SelectBox file={file} selected={selected} actions={actions} />
      <FileKindIcon kind={file.kind} />
      <div className="min-w-0 flex-1 basis-40">
        <NameBlock file={file} />
        {view === 'review' ? <ReviewNote file={file} courses={courses} onChoose={(id) => actions.correctCourse(file, id)} className="mt-1" /> : null}
      </div>
      <div className="flex w-full flex-wrap items-center gap-1.5 pl-[4.25rem] lg:w-auto lg:shrink-0 lg:flex-nowrap lg:justify-end lg:pl-0">
        <Facts file={file} courses={courses} view={view} actions={actions} columns />
        <RowMenu file={file} view={view} actions={actions} />
      </div>
    </li>
  );
});

const FileCard = memo(function FileCard({ file, selected, view, courses, actions }: RowProps) {
  const course = file.course_id ? courses.byId.get(file.course_id) : undefined;
  return (
    <li
      data-testid="file-row"
      data-file-id={file.id}
      data-status={file.status}
      className={cn(
        'relative flex min-w-0 flex-col overflow-hidden rounded-xl border bg-card shadow-xs transition-shadow hover:shadow-md',
        selected ? 'border-primary ring-1 ring-primary' : 'border-border',
      )}
    >
      <div className="relative flex h-24 items-center justify-center" style={{ backgroundColor: course ? `${safeColor(course.color)}14` : undefined }}>
        <FileKindIcon kind={file.kind} className="size-12" />
        <SelectBox file={file} selected={selected} actions={actions} className="absolute top-3 left-3" />
        <div className="absolute top-2 right-2">
          <RowMenu file={file} view={view} actions={actions} />
        </div>
      </div>
      <div className="grid gap-2 p-3">
        <NameBlock file={file} clamp />
        {view === 'review' ? <ReviewNote file={file} courses={courses} onChoose={(id) => actions.correctCourse(file, id)} /> : null}
        <div className="flex flex-wrap items-center gap-1.5">
          <Facts file={file} courses={courses} view={view} actions={actions} />
        </div>
      </div>
    </li>
  );
});

export function FileCollection({
  files,
  layout,
  selected,
  view,
  courses,
  actions,
  label,
}: {
  files: FileItem[];
  layout: LibraryLayout;
  selected: ReadonlySet<string>;
  view: FileView;
  courses: CourseIndex;
  actions: RowActions;
  label: string;
}) {
  const Item = layout === 'grid' ? FileCard : FileRow;
  return (
    <ul
      aria-label={label}
      data-testid="file-list"
      data-layout={layout}
      className={layout === 'grid' ? 'grid grid-cols-1 gap-3 min-[480px]:grid-cols-2 lg:grid-cols-3' : 'grid gap-0.5'}
    >
      {files.map((file) => (
        <Item key={file.id} file={file} selected={selected.has(file.id)} view={view} courses={courses} actions={actions} />
      ))}
    </ul>
  );
}
