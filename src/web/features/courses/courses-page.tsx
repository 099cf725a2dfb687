'use client';

import { BookOpen, Plus, RefreshCw } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { Alert } from '@/web/components/ui/alert';
import { Button } from '@/web/components/ui/button';
import { Select } from '@/web/components/ui/select';
import { Skeleton } from '@/web/components/ui/skeleton';
import { toast } from '@/web/components/ui/toast';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { cn } from '@/web/lib/utils';
import { CourseCard } from './course-card';
import { mergeSubsetOrder, moved } from './course-order';
import { CourseForm } from './course-form';
import { useArchiveCourse, useCourses, useReorderCourses } from './course-queries';
import { DeleteCourseDialog } from './delete-course-dialog';
import { Modal } from '@/web/components/ui/modal';
import type { CourseListFilter } from './query-keys';
import { useReference } from './reference';
import { currentTermValue, regionalWords, termChoices, termLabel } from './terms';
import type { Course } from './types';

const ALL_TERMS = '__all__';

export function CoursesPage({ openCreate = false }: { openCreate?: boolean }) {
  const t = useTranslations('courses');
  const errorMessage = useErrorMessage();
  const reference = useReference();
  const words = regionalWords(reference.data);
  const [archived, setArchived] = useState(false);
  // `undefined` follows the current term once the reference data has arrived.
  const [termChoice, setTermChoice] = useState<string | null | undefined>(undefined);
  const filter: CourseListFilter = { term: null, archived };
  const courses = useCourses(filter);
  const reorder = useReorderCourses(filter);
  const archive = useArchiveCourse();
  const filterId = useId();

  const [creating, setCreating] = useState(openCreate);
  const [editing, setEditing] = useState<Course | null>(null);
  const [deleting, setDeleting] = useState<Course | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [overId, setOverId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<{ id: string; dir: 'up' | 'down' } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const currentTerm = currentTermValue(reference.data);
  const term = termChoice === undefined ? currentTerm : termChoice;
  const all = useMemo(() => courses.data ?? [], [courses.data]);
  const visible = useMemo(() => (term ? all.filter((c) => c.term === term) : all), [all, term]);
  const terms = termChoices(reference.data, all);
  const termName = (value: string) => terms.find((c) => c.value === value)?.label ?? value;

  // A keyboard move re-renders the list; keep focus on the button that was pressed.
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const find = (dir: string) => listRef.current?.querySelector<HTMLButtonElement>(`[data-move-id="${CSS.escape(target.id)}"][data-move-dir="${dir}"]`);
    const button = find(target.dir);
    (button && !button.disabled ? button : find(target.dir === 'up' ? 'down' : 'up'))?.focus();
  }, [visible]);

  function saveOrder(nextVisible: Course[], course: Course) {
    const position = nextVisible.findIndex((c) => c.id === course.id) + 1;
    setAnnouncement(t('reorder.moved', { name: course.code || course.name, position, total: nextVisible.length }));
    reorder.mutate(mergeSubsetOrder(all, nextVisible));
  }

  function move(index: number, delta: -1 | 1) {
    const to = index + delta;
    const course = visible[index];
    if (!course || to < 0 || to >= visible.length) return;
    pendingFocus.current = { id: course.id, dir: delta < 0 ? 'up' : 'down' };
    saveOrder(moved(visible, index, to), course);
  }

  function onDrop(event: DragEvent<HTMLElement>, targetId: string) {
    event.preventDefault();
    const from = visible.findIndex((c) => c.id === dragId);
    const to = visible.findIndex((c) => c.id === targetId);
    setDragId(null);
    setOverId(null);
    if (from < 0 || to < 0 || from === to) return;
    saveOrder(moved(visible, from, to), visible[from]!);
  }

  function toggleArchive(course: Course) {
    const next = !course.archived;
    archive.mutate(
      { course, archived: next },
      { onSuccess: () => toast.success(t(next ? 'archive.done' : 'archive.restored', { name: course.code || course.name })) },
    );
  }

  const loading = courses.isPending || (reference.isPending && termChoice === undefined);
  const wordsKey = words.course;

  return (
    <div data-testid="courses-page" className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t(`words.${wordsKey}.title`)}</h1>
          <p className="text-muted-foreground">{t(`words.${wordsKey}.subtitle`)}</p>
        </div>
        <Button onClick={() => setCreating(true)}>
          <Plus aria-hidden />
          {t(`words.${wordsKey}.new`)}
        </Button>
      </div>

      <div className="flex flex-wrap items-end gap-3">
        <div className="grid w-full gap-1.5 sm:w-64">
          <label htmlFor={filterId} className="text-sm font-medium">
            {t(`term.${words.term}`)}
          </label>
          <Select
            id={filterId}
            data-testid="term-filter"
            value={term ?? ALL_TERMS}
            onChange={(event) => setTermChoice(event.target.value === ALL_TERMS ? null : event.target.value)}
          >
            <option value={ALL_TERMS}>{t('term.all')}</option>
            {terms.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.value === currentTerm ? t('term.current', { term: choice.label }) : choice.label}
              </option>
            ))}
          </Select>
        </div>
        <div role="group" aria-label={t('archive.filterLabel')} className="inline-flex rounded-md border border-border p-0.5">
          {[false, true].map((value) => (
            <button
              key={String(value)}
              type="button"
              aria-pressed={archived === value}
              onClick={() => setArchived(value)}
              className={cn(
                'h-9 rounded-sm px-3 text-sm font-medium transition-colors',
                archived === value ? 'bg-accent text-accent-foreground' : 'text-muted-foreground hover:bg-muted hover:text-foreground',
              )}
            >
              {value ? t('archive.archived') : t('archive.active')}
            </button>
          ))}
        </div>
      </div>

      <p role="status" className="sr-only">
        {announcement}
      </p>

      {courses.isError ? (
        <Alert variant="error">
          <span>{errorMessage(courses.error)} </span>
          <button type="button" onClick={() => courses.refetch()} className="inline-flex items-center gap-1 font-medium underline">
            <RefreshCw aria-hidden className="size-3.5" />
            {t('actions.retry')}
          </button>
        </Alert>
      ) : loading ? (
        <div role="status" aria-busy="true" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <span className="sr-only">{t('loading')}</span>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-40 rounded-xl" />
          ))}
        </div>
      ) : visible.length === 0 ? (
        <EmptyState
          archived={archived}
          filtered={!!term && all.length > 0}
          term={term ? termName(term) : null}
          courseWord={wordsKey}
          onCreate={() => setCreating(true)}
          onShowAll={() => setTermChoice(null)}
        />
      ) : (
        <ul ref={listRef} aria-label={t(`words.${wordsKey}.title`)} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {visible.map((course, index) => (
            <CourseCard
              key={course.id}
              course={course}
              termLabel={termLabel(course, terms)}
              words={words}
              index={index}
              total={visible.length}
              reorderable={!archived && visible.length > 1}
              dragging={dragId === course.id}
              dropTarget={overId === course.id && dragId !== course.id}
              onMove={(delta) => move(index, delta)}
              onEdit={() => setEditing(course)}
              onArchive={() => toggleArchive(course)}
              onDelete={() => setDeleting(course)}
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', course.id);
                setDragId(course.id);
              }}
              onDragEnd={() => {
                setDragId(null);
                setOverId(null);
              }}
              onDragOver={(event) => {
                if (!dragId) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                if (overId !== course.id) setOverId(course.id);
              }}
              onDrop={(event) => onDrop(event, course.id)}
            />
          ))}
        </ul>
      )}

      <Modal open={creating} onOpenChange={setCreating} title={t(`words.${wordsKey}.new`)} closeLabel={t('actions.close')}>
        <CourseForm
          reference={reference.data}
          termChoices={terms}
          defaultTerm={term ?? currentTerm}
          onCancel={() => setCreating(false)}
          onSaved={(course) => {
            setCreating(false);
            toast.success(t('form.created', { name: course.code || course.name }));
            if (term && course.term !== term) setTermChoice(course.term ?? null);
          }}
        />
      </Modal>
      <Modal open={!!editing} onOpenChange={(open) => !open && setEditing(null)} title={t(`words.${wordsKey}.edit`)} closeLabel={t('actions.close')}>
        {editing ? (
          <CourseForm
            course={editing}
            reference={reference.data}
            termChoices={terms}
            defaultTerm={null}
            onCancel={() => setEditing(null)}
            onSaved={(course) => {
              setEditing(null);
              toast.success(t('form.saved', { name: course.code || course.name }));
            }}
          />
        ) : null}
      </Modal>
      {deleting ? (
        <DeleteCourseDialog course={deleting} courseWord={wordsKey} open onOpenChange={(open) => !open && setDeleting(null)} />
      ) : null}
    </div>
  );
}

type EmptyStateProps = {
  archived: boolean;
  filtered: boolean;
  term: string | null;
  courseWord: 'course' | 'module';
  onCreate: () => void;
  onShowAll: () => void;
};

function EmptyState({ archived, filtered, term, courseWord, onCreate, onShowAll }: EmptyStateProps) {
  const t = useTranslations('courses');
  return (
    <div className="grid justify-items-center gap-3 rounded-xl border border-dashed border-border px-6 py-12 text-center">
      <span aria-hidden className="inline-flex size-12 items-center justify-center rounded-full bg-accent text-accent-foreground">
        <BookOpen className="size-6" />
      </span>
      {archived ? (
        <>
          <h2 className="font-semibold">{t(`words.${courseWord}.emptyArchivedTitle`)}</h2>
          <p className="max-w-md text-sm text-muted-foreground">{t(`words.${courseWord}.emptyArchived`)}</p>
        </>
      ) : filtered && term ? (
        <>
          <h2 className="font-semibold">{t(`words.${courseWord}.emptyTermTitle`, { term })}</h2>
          <p className="max-w-md text-sm text-muted-foreground">{t(`words.${courseWord}.emptyTerm`)}</p>
          <div className="flex flex-wrap justify-center gap-2">
            <Button variant="outline" onClick={onShowAll}>
              {t('term.showAll')}
            </Button>
            <Button onClick={onCreate}>
              <Plus aria-hidden />
              {t(`words.${courseWord}.new`)}
            </Button>
          </div>
        </>
      ) : (
        <>
          <h2 className="font-semibold">{t(`words.${courseWord}.emptyTitle`)}</h2>
          <p className="max-w-md text-sm text-muted-foreground">{t(`words.${courseWord}.empty`)}</p>
          <Button onClick={onCreate}>
            <Plus aria-hidden />
            {t(`words.${courseWord}.addFirst`)}
          </Button>
        </>
      )}
    </div>
  );
}
