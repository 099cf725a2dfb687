'use client';

import { ArchiveArrowUp, Archive, ArrowDown, ArrowUp, Ellipsis, FileText, GripVertical, Pencil, Trash } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { DragEvent } from 'react';
import { Link } from '@/i18n/navigation';
import { Badge } from '@/web/components/ui/badge';
import { menuItemClass, PopoverMenu } from '@/web/components/ui/popover-menu';
import { cn } from '@/web/lib/utils';
import { safeColor } from './appearance';
import { CourseBadge } from './course-badge';
import { useCourseFormat } from './format';
import type { RegionalWords } from './terms';
import type { Course } from './types';

type CourseCardProps = {
  course: Course;
  termLabel: string | null;
  words: RegionalWords;
  index: number;
  total: number;
  /** Reordering is offered only where the order means something (not while archived). */
  reorderable: boolean;
  dragging: boolean;
  dropTarget: boolean;
  onMove: (delta: -1 | 1) => void;
  onEdit: () => void;
  onArchive: () => void;
  onDelete: () => void;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
};

const iconButton =
  'relative z-10 inline-flex size-9 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground disabled:pointer-events-none disabled:opacity-40';

export function CourseCard(props: CourseCardProps) {
  const { course, words, index, total, reorderable } = props;
  const t = useTranslations('courses');
  const fmt = useCourseFormat();
  const credits = fmt.credits(course, words.credit);
  const color = safeColor(course.color);
  const label = course.code || course.name;

  return (
    <li
      data-testid={`course-card-${course.id}`}
      onDragOver={props.onDragOver}
      onDrop={props.onDrop}
      className={cn(
        'group relative flex min-w-0 flex-col overflow-hidden rounded-xl border border-border bg-card text-card-foreground shadow-xs transition-shadow focus-within:shadow-md hover:shadow-md',
        props.dragging && 'opacity-50',
        props.dropTarget && 'ring-2 ring-ring',
      )}
    >
      <span aria-hidden className="h-1.5 w-full" style={{ backgroundColor: color }} />
      <div className="flex items-start gap-3 p-4">
        <CourseBadge color={color} emoji={course.emoji} />
        <div className="grid min-w-0 flex-1 gap-0.5">
          {course.code ? <p className="truncate font-mono text-xs text-muted-foreground">{course.code}</p> : null}
          <h2 className="text-base leading-snug font-semibold break-words">
            <Link href={`/app/courses/${course.id}`} className="outline-none after:absolute after:inset-0 after:rounded-xl focus-visible:after:outline-2 focus-visible:after:outline-ring">
              {course.name}
            </Link>
          </h2>
          {course.professor ? <p className="truncate text-sm text-muted-foreground">{course.professor}</p> : null}
        </div>
        <PopoverMenu
          triggerLabel={t('card.actions', { name: label })}
          triggerClassName={cn(iconButton, '-mt-1 -mr-2')}
          trigger={<Ellipsis aria-hidden className="size-4" />}
        >
          {(close) => (
            <ul>
              <li>
                <button type="button" className={menuItemClass} onClick={() => (close(), props.onEdit())}>
                  <Pencil aria-hidden />
                  {t('actions.edit')}
                </button>
              </li>
              <li>
                <button type="button" className={menuItemClass} onClick={() => (close(), props.onArchive())}>
                  {course.archived ? <ArchiveArrowUp aria-hidden /> : <Archive aria-hidden />}
                  {course.archived ? t('actions.unarchive') : t('actions.archive')}
                </button>
              </li>
              <li>
                <button type="button" className={cn(menuItemClass, 'text-danger')} onClick={() => (close(), props.onDelete())}>
                  <Trash aria-hidden />
                  {t('actions.delete')}
                </button>
              </li>
            </ul>
          )}
        </PopoverMenu>
      </div>
      <div className="mt-auto flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-border px-4 py-2 text-xs text-muted-foreground">
        {props.termLabel ? <span>{props.termLabel}</span> : null}
        {credits ? <span>{credits}</span> : null}
        <span className="inline-flex items-center gap-1">
          <FileText aria-hidden className="size-3.5" />
          {t('card.files', { count: course.file_count })}
        </span>
        {course.archived ? <Badge variant="outline">{t('card.archived')}</Badge> : null}
        {reorderable ? (
          <span className="ml-auto -mr-2 flex items-center">
            <span
              draggable
              onDragStart={props.onDragStart}
              onDragEnd={props.onDragEnd}
              title={t('reorder.dragHint')}
              aria-hidden
              className="relative z-10 hidden size-9 cursor-grab items-center justify-center rounded-md hover:bg-muted active:cursor-grabbing sm:inline-flex"
            >
              <GripVertical className="size-4" />
            </span>
            <button
              type="button"
              data-move-id={course.id}
              data-move-dir="up"
              className={iconButton}
              disabled={index === 0}
              aria-label={t('reorder.up', { name: label })}
              onClick={() => props.onMove(-1)}
            >
              <ArrowUp aria-hidden className="size-4" />
            </button>
            <button
              type="button"
              data-move-id={course.id}
              data-move-dir="down"
              className={iconButton}
              disabled={index === total - 1}
              aria-label={t('reorder.down', { name: label })}
              onClick={() => props.onMove(1)}
            >
              <ArrowDown aria-hidden className="size-4" />
            </button>
          </span>
        ) : null}
      </div>
    </li>
  );
}
