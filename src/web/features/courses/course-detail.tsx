'use client';

import { Archive, ArchiveArrowUp, ArrowLeft, Pencil, RefreshCw, Trash } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Link, useRouter } from '@/i18n/navigation';
import { Alert } from '@/web/components/ui/alert';
import { Badge } from '@/web/components/ui/badge';
import { Button } from '@/web/components/ui/button';
import { Skeleton } from '@/web/components/ui/skeleton';
import { toast } from '@/web/components/ui/toast';
import { ApiError } from '@/web/lib/api';
import { CourseFiles } from '@/web/features/files/course-files';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { safeColor } from './appearance';
import { CourseBadge } from './course-badge';
import { CourseForm } from './course-form';
import { useArchiveCourse, useCourse } from './course-queries';
import { DeleteCourseDialog } from './delete-course-dialog';
import { FolderTree } from './folder-tree';
import { useCourseFormat } from './format';
import { GradesSection } from './grades-section';
import { Modal } from '@/web/components/ui/modal';
import { useReference } from './reference';
import { regionalWords, termChoices, termLabel } from './terms';
import type { AcademicSystem } from './types';

/** One course: its facts, its folders and its grades. */
export function CourseDetail({ courseId, academicSystem }: { courseId: string; academicSystem: AcademicSystem }) {
  const t = useTranslations('courses');
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const fmt = useCourseFormat();
  const reference = useReference();
  const words = regionalWords(reference.data);
  const course = useCourse(courseId);
  const archive = useArchiveCourse();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const back = (
    <Link href="/app/courses" className="inline-flex w-fit items-center gap-1.5 text-sm font-medium text-muted-foreground hover:text-foreground">
      <ArrowLeft aria-hidden className="size-4" />
      {t(`words.${words.course}.back`)}
    </Link>
  );

  if (course.isPending) {
    return (
      <div role="status" aria-busy="true" className="grid gap-6">
        <span className="sr-only">{t('loading')}</span>
        {back}
        <div className="flex items-center gap-4">
          <Skeleton className="size-14 rounded-xl" />
          <div className="grid flex-1 gap-2">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-8 w-72 max-w-full" />
          </div>
        </div>
        <div className="grid gap-6 lg:grid-cols-2">
          <Skeleton className="h-64 rounded-xl" />
          <Skeleton className="h-64 rounded-xl" />
        </div>
      </div>
    );
  }

  if (course.isError) {
    const notFound = course.error instanceof ApiError && course.error.status === 404;
    return (
      <div className="grid gap-6">
        {back}
        <Alert variant="error" title={notFound ? t(`words.${words.course}.notFound`) : undefined}>
          {notFound ? null : (
            <>
              <span>{errorMessage(course.error)} </span>
              <button type="button" onClick={() => course.refetch()} className="inline-flex items-center gap-1 font-medium underline">
                <RefreshCw aria-hidden className="size-3.5" />
                {t('actions.retry')}
              </button>
            </>
          )}
        </Alert>
      </div>
    );
  }

  const c = course.data;
  const credits = fmt.credits(c, words.credit);
  const label = c.code || c.name;
  const terms = termChoices(reference.data, [c]);
  const term = termLabel(c, terms);

  return (
    <div className="grid gap-8">
      <div className="grid gap-4">
        {back}
        <div className="flex flex-wrap items-start gap-4">
          <CourseBadge color={safeColor(c.color)} emoji={c.emoji} size="lg" />
          <div className="grid min-w-0 flex-1 basis-60 gap-1">
            {c.code ? <p className="font-mono text-sm text-muted-foreground">{c.code}</p> : null}
            <h1 className="text-2xl font-semibold tracking-tight break-words sm:text-3xl">{c.name}</h1>
            <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted-foreground">
              {c.professor ? (
                <div className="flex gap-1">
                  <dt className="sr-only">{t('fields.professor')}</dt>
                  <dd>{c.professor}</dd>
                </div>
              ) : null}
              {term ? (
                <div className="flex gap-1">
                  <dt className="sr-only">{t(`term.${words.term}`)}</dt>
                  <dd>{term}</dd>
                </div>
              ) : null}
              {credits ? (
                <div className="flex gap-1">
                  <dt className="sr-only">{t(`credits.label.${words.credit}`)}</dt>
                  <dd>{credits}</dd>
                </div>
              ) : null}
            </dl>
            {c.archived ? <Badge variant="outline" className="mt-1 w-fit">{t('card.archived')}</Badge> : null}
          </div>
          <div className="flex flex-wrap gap-2">
            <Button variant="outline" size="sm" onClick={() => setEditing(true)}>
              <Pencil aria-hidden />
              {t('actions.edit')}
            </Button>
            <Button
              variant="outline"
              size="sm"
              onClick={() =>
                archive.mutate(
                  { course: c, archived: !c.archived },
                  { onSuccess: () => toast.success(t(c.archived ? 'archive.restored' : 'archive.done', { name: label })) },
                )
              }
            >
              {c.archived ? <ArchiveArrowUp aria-hidden /> : <Archive aria-hidden />}
              {c.archived ? t('actions.unarchive') : t('actions.archive')}
            </Button>
            <Button variant="outline" size="sm" className="text-danger" onClick={() => setDeleting(true)}>
              <Trash aria-hidden />
              {t('actions.delete')}
            </Button>
          </div>
        </div>
      </div>

      <div className="grid items-start gap-6 lg:grid-cols-2">
        <FolderTree courseId={c.id} />
        <GradesSection courseId={c.id} academicSystem={academicSystem} />
      </div>

      <CourseFiles courseId={c.id} />

      <Modal open={editing} onOpenChange={setEditing} title={t(`words.${words.course}.edit`)} closeLabel={t('actions.close')}>
        <CourseForm
          course={c}
          reference={reference.data}
          termChoices={terms}
          defaultTerm={null}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            toast.success(t('form.saved', { name: saved.code || saved.name }));
          }}
        />
      </Modal>
      <DeleteCourseDialog
        course={c}
        courseWord={words.course}
        open={deleting}
        onOpenChange={setDeleting}
        onDeleted={() => router.replace('/app/courses')}
      />
    </div>
  );
}
