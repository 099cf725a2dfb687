'use client';

import { TriangleAlert } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Button } from '@/web/components/ui/button';
import { Skeleton } from '@/web/components/ui/skeleton';
import { toast } from '@/web/components/ui/toast';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { useCourseImpact, useDeleteCourse } from './course-queries';
import { Modal } from '@/web/components/ui/modal';
import type { Course, CourseWord } from './types';

type DeleteCourseDialogProps = {
  course: Course;
  courseWord: CourseWord;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Called as soon as the deletion is sent (the course disappears at once). */
  onDeleted?: () => void;
};

/** States what else goes with the course (counts from the server) and asks for confirmation. */
export function DeleteCourseDialog({ course, courseWord, open, onOpenChange, onDeleted }: DeleteCourseDialogProps) {
  const t = useTranslations('courses.delete');
  const tActions = useTranslations('courses.actions');
  const errorMessage = useErrorMessage();
  const impact = useCourseImpact(course.id, open);
  const remove = useDeleteCourse();
  const label = course.code || course.name;
  const counts = impact.data;
  const empty = counts && counts.folders + counts.files + counts.grades + counts.flashcards === 0;

  function confirm() {
    remove.mutate(course, { onSuccess: () => toast.success(t('done', { name: label })) });
    onOpenChange(false);
    onDeleted?.();
  }

  return (
    <Modal open={open} onOpenChange={onOpenChange} title={t(`title.${courseWord}`, { name: course.name })} closeLabel={tActions('close')}>
      <div className="grid gap-3 text-sm leading-relaxed" aria-live="polite" aria-busy={impact.isPending || undefined}>
        {impact.isPending ? (
          <div className="grid gap-2">
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-2/3" />
          </div>
        ) : counts ? (
          <p className="flex gap-2 rounded-lg border border-danger/30 bg-danger-surface p-3 text-danger">
            <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
            <span>{empty ? t('impactEmpty', { name: label }) : t('impact', { name: label, ...counts })}</span>
          </p>
        ) : (
          <p className="flex gap-2 rounded-lg border border-danger/30 bg-danger-surface p-3 text-danger">
            <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
            <span>
              {t('impactUnknown', { name: label })} {impact.error ? errorMessage(impact.error) : null}
            </span>
          </p>
        )}
        <p className="text-muted-foreground">{t('irreversible')}</p>
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="outline" onClick={() => onOpenChange(false)}>
          {tActions('cancel')}
        </Button>
        <Button
          data-testid="delete-course-confirm"
          onClick={confirm}
          disabled={impact.isPending}
          className="bg-destructive text-destructive-foreground hover:bg-destructive/90"
        >
          {t('confirm', { name: label })}
        </Button>
      </div>
    </Modal>
  );
}
