'use client';

import { CalendarClock, LoaderCircle, Pencil, RefreshCw, Trash } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/web/components/ui/alert';
import { Button } from '@/web/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/web/components/ui/card';
import { Field, fieldProps } from '@/web/components/ui/field';
import { Input } from '@/web/components/ui/input';
import { Skeleton } from '@/web/components/ui/skeleton';
import { toast } from '@/web/components/ui/toast';
import { useFocusFirstInvalid, useFormErrors } from '@/web/lib/form-errors';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { useCourseFormat } from './format';
import { useDeleteGrade, useGrades, useSaveGrade } from './grade-queries';
import { parseNumber } from './numbers';
import { NeededCalculator } from './needed-calculator';
import type { AcademicSystem, Grade } from './types';

const FIELDS = ['name', 'weight', 'grade_value', 'grade_type', 'date_recorded'] as const;

/** Grade values students type in each system, offered as suggestions (any value can be typed). */
const VALUE_SUGGESTIONS: Record<AcademicSystem, string[]> = {
  gpa: ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F'],
  ects: ['A', 'B', 'C', 'D', 'E', 'FX', 'F'],
  uk_honours: ['First', '2:1', '2:2', 'Third', 'Fail'],
  percentage: [],
};

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A course's grades: the running course grade, the list, a form to add one, and the calculator. */
export function GradesSection({ courseId, academicSystem }: { courseId: string; academicSystem: AcademicSystem }) {
  const t = useTranslations('courses.grades');
  const errorMessage = useErrorMessage();
  const fmt = useCourseFormat();
  const grades = useGrades(courseId);
  const remove = useDeleteGrade(courseId);
  const [editing, setEditing] = useState<Grade | null>(null);
  const formKey = editing?.id ?? 'new';

  const courseGrade = grades.data?.course;
  return (
    <Card data-testid="grades-section">
      <CardHeader>
        <CardTitle>{t('title')}</CardTitle>
        <CardDescription>{t('description')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        {grades.isPending ? (
          <div role="status" aria-busy="true" className="grid gap-2">
            <span className="sr-only">{t('loading')}</span>
            <Skeleton className="h-16 w-full rounded-lg" />
            <Skeleton className="h-10 w-full" />
            <Skeleton className="h-10 w-full" />
          </div>
        ) : grades.isError ? (
          <Alert variant="error">
            <span>{errorMessage(grades.error)} </span>
            <button type="button" onClick={() => grades.refetch()} className="inline-flex items-center gap-1 font-medium underline">
              <RefreshCw aria-hidden className="size-3.5" />
              {t('retry')}
            </button>
          </Alert>
        ) : (
          <>
            <div className="grid gap-1 rounded-lg bg-muted px-4 py-3">
              <p className="text-sm text-muted-foreground">{t('courseGrade')}</p>
              {courseGrade && courseGrade.percentage !== null ? (
                <>
                  <p className="text-2xl font-semibold tracking-tight">{courseGrade.display || fmt.percent(courseGrade.percentage)}</p>
                  <p className="text-xs text-muted-foreground">
                    {t('basis', { graded: fmt.percent(courseGrade.graded_weight), total: fmt.percent(courseGrade.total_weight) })}
                  </p>
                </>
              ) : (
                <p className="text-sm font-medium">{t('noGrade')}</p>
              )}
            </div>
            {grades.data.data.length === 0 ? (
              <p className="rounded-lg border border-dashed border-border px-4 py-6 text-center text-sm text-muted-foreground">{t('empty')}</p>
            ) : (
              <ul aria-label={t('listLabel')} className="divide-y divide-border rounded-lg border border-border">
                {grades.data.data.map((grade) => (
                  <li key={grade.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2.5">
                    <div className="grid min-w-0 flex-1 basis-40 gap-0.5">
                      <p className="truncate text-sm font-medium">{grade.name}</p>
                      <p className="flex flex-wrap gap-x-2 text-xs text-muted-foreground">
                        <span>{t('weightValue', { weight: fmt.percent(grade.weight) })}</span>
                        {grade.date_recorded ? (
                          <span className="inline-flex items-center gap-1">
                            {grade.grade_value === null ? <CalendarClock aria-hidden className="size-3.5" /> : null}
                            {grade.grade_value === null ? t('due', { date: fmt.date(grade.date_recorded) }) : fmt.date(grade.date_recorded)}
                          </span>
                        ) : null}
                      </p>
                    </div>
                    <p className="text-right text-sm">
                      {grade.grade_value === null ? (
                        <span className="text-muted-foreground">{t('notGraded')}</span>
                      ) : (
                        <>
                          <span className="font-semibold">{grade.grade_value}</span>
                          {grade.percentage !== null && grade.grade_value !== String(grade.percentage) ? (
                            <span className="text-muted-foreground"> · {fmt.percent(grade.percentage)}</span>
                          ) : null}
                        </>
                      )}
                    </p>
                    <div className="-mr-1 flex">
                      <Button variant="ghost" size="icon" className="size-9" aria-label={t('edit', { name: grade.name })} onClick={() => setEditing(grade)}>
                        <Pencil aria-hidden />
                      </Button>
                      <Button
                        variant="ghost"
                        size="icon"
                        className="size-9 text-danger"
                        aria-label={t('delete', { name: grade.name })}
                        onClick={() => {
                          if (editing?.id === grade.id) setEditing(null);
                          remove.mutate(grade, { onSuccess: () => toast.success(t('deleted', { name: grade.name })) });
                        }}
                      >
                        <Trash aria-hidden />
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        <GradeForm key={formKey} courseId={courseId} academicSystem={academicSystem} grade={editing} onDone={() => setEditing(null)} />
        <NeededCalculator courseId={courseId} />
      </CardContent>
    </Card>
  );
}

type GradeFormProps = { courseId: string; academicSystem: AcademicSystem; grade: Grade | null; onDone: () => void };

function GradeForm({ courseId, academicSystem, grade, onDone }: GradeFormProps) {
  const t = useTranslations('courses.grades');
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const save = useSaveGrade();
  const { fieldErrors, formError } = useFormErrors(save.error, FIELDS);
  useFocusFirstInvalid(formRef, save.error);
  const suggestions = VALUE_SUGGESTIONS[academicSystem];
  const system = grade?.grade_type ?? academicSystem;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (key: string) => String(data.get(key) ?? '').trim();
    const weight = parseNumber(text('weight'));
    save.mutate(
      {
        id: grade?.id,
        input: {
          course_id: courseId,
          name: text('name'),
          weight: weight ?? Number.NaN,
          grade_value: text('grade_value') || null,
          grade_type: system,
          date_recorded: text('date_recorded') || null,
        },
      },
      {
        onSuccess: (saved) => {
          toast.success(grade ? t('updated', { name: saved.name }) : t('added', { name: saved.name }));
          if (grade) onDone();
          else {
            form.reset();
            form.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
          }
        },
      },
    );
  }

  return (
    <form ref={formRef} data-testid="grade-form" noValidate onSubmit={onSubmit} className="grid gap-4 rounded-lg border border-border p-4">
      <h3 className="text-sm font-semibold">{grade ? t('form.editTitle', { name: grade.name }) : t('form.title')}</h3>
      {formError ? <Alert variant="error">{formError}</Alert> : null}
      <Field id={`${id}-name`} label={t('form.name')} error={fieldErrors.name}>
        <Input
          {...fieldProps(`${id}-name`, { error: fieldErrors.name })}
          name="name"
          defaultValue={grade?.name ?? ''}
          placeholder={t('form.namePlaceholder')}
          required
          aria-required
          maxLength={200}
          autoComplete="off"
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${id}-weight`} label={t('form.weight')} hint={t('form.weightHint')} error={fieldErrors.weight}>
          <Input
            {...fieldProps(`${id}-weight`, { hint: true, error: fieldErrors.weight })}
            name="weight"
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step="any"
            defaultValue={grade?.weight ?? ''}
            required
            aria-required
          />
        </Field>
        <Field id={`${id}-value`} label={t('form.value')} hint={t(`form.valueHint.${system}`)} error={fieldErrors.grade_value}>
          <Input
            {...fieldProps(`${id}-value`, { hint: true, error: fieldErrors.grade_value })}
            name="grade_value"
            defaultValue={grade?.grade_value ?? ''}
            inputMode={system === 'percentage' ? 'decimal' : undefined}
            list={suggestions.length ? `${id}-values` : undefined}
            maxLength={20}
            autoComplete="off"
          />
        </Field>
      </div>
      {suggestions.length ? (
        <datalist id={`${id}-values`}>
          {suggestions.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      ) : null}
      <Field id={`${id}-date`} label={t('form.date')} hint={t('form.dateHint')} error={fieldErrors.date_recorded} className="sm:max-w-[calc(50%-0.5rem)]">
        <Input
          {...fieldProps(`${id}-date`, { hint: true, error: fieldErrors.date_recorded })}
          name="date_recorded"
          type="date"
          defaultValue={grade?.date_recorded?.slice(0, 10) ?? (grade ? '' : today())}
        />
      </Field>
      <div className="flex flex-wrap justify-end gap-2">
        {grade ? (
          <Button variant="outline" onClick={onDone}>
            {t('form.cancel')}
          </Button>
        ) : null}
        <Button type="submit" disabled={save.isPending} aria-busy={save.isPending || undefined}>
          {save.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
          {grade ? t('form.save') : t('form.add')}
        </Button>
      </div>
    </form>
  );
}
