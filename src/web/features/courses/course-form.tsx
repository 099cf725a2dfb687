'use client';

import { LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/web/components/ui/alert';
import { Button } from '@/web/components/ui/button';
import { Field, fieldProps } from '@/web/components/ui/field';
import { Input } from '@/web/components/ui/input';
import { Select } from '@/web/components/ui/select';
import { useFocusFirstInvalid, useFormErrors } from '@/web/lib/form-errors';
import { DEFAULT_COLOR, safeColor } from './appearance';
import { AppearancePicker } from './appearance-picker';
import { useCourseSuggestion, useSaveCourse } from './course-queries';
import { parseNumber } from './numbers';
import { creditField, regionalWords } from './terms';
import { periodTypes, type AcademicReference, type Course, type CoursePatch, type PeriodType, type TermChoice } from './types';
import { useDebouncedValue } from './use-debounced-value';

const FIELDS = ['name', 'code', 'professor', 'term', 'academic_period_type', 'credits', 'ects_credits', 'color', 'emoji'] as const;
const SUGGEST_DELAY_MS = 400;

function isPeriodType(value: string): value is PeriodType {
  return (periodTypes as readonly string[]).includes(value);
}

type CourseFormProps = {
  /** Edit this course; create a new one when absent. */
  course?: Course;
  reference: AcademicReference | undefined;
  /** Terms to offer, newest first. */
  termChoices: TermChoice[];
  defaultTerm: string | null;
  onSaved: (course: Course) => void;
  onCancel: () => void;
};

/** Create or edit a course. While creating, a colour, emoji and code are suggested from the name. */
export function CourseForm({ course, reference, termChoices, defaultTerm, onSaved, onCancel }: CourseFormProps) {
  const t = useTranslations('courses');
  const words = regionalWords(reference);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const save = useSaveCourse();
  const { fieldErrors, formError } = useFormErrors(save.error, FIELDS);
  useFocusFirstInvalid(formRef, save.error);

  const [name, setName] = useState(course?.name ?? '');
  const [code, setCode] = useState<string | null>(course ? (course.code ?? '') : null);
  const [color, setColor] = useState<string | null>(course ? safeColor(course.color) : null);
  const [emoji, setEmoji] = useState<string | null | undefined>(course ? course.emoji : undefined);
  const debouncedName = useDebouncedValue(name, SUGGEST_DELAY_MS);
  const suggestion = useCourseSuggestion(debouncedName, !course).data;

  // Until the student picks, the suggestion (or the default) stands in for each choice.
  const shownColor = color ?? suggestion?.color ?? DEFAULT_COLOR;
  const shownEmoji = emoji === undefined ? (suggestion?.emoji ?? null) : emoji;
  const shownCode = code ?? suggestion?.code ?? '';
  const field = creditField(words.credit);
  const terms =
    course?.term && !termChoices.some((c) => c.value === course.term)
      ? [...termChoices, { value: course.term, label: course.term_label || course.term }]
      : termChoices;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const period = text('academic_period_type');
    const input: CoursePatch = {
      name: name.trim(),
      code: shownCode.trim() || null,
      professor: text('professor') || null,
      term: text('term') || null,
      academic_period_type: isPeriodType(period) ? period : null,
      [field]: parseNumber(text('credit_value')),
      color: safeColor(shownColor),
      emoji: shownEmoji,
    };
    save.mutate({ id: course?.id, input }, { onSuccess: onSaved });
  }

  const creditError = fieldErrors[field];
  return (
    <form ref={formRef} data-testid="course-form" noValidate onSubmit={onSubmit} className="grid gap-5">
      {formError ? <Alert variant="error">{formError}</Alert> : null}
      <Field id={`${id}-name`} label={t('fields.name')} error={fieldErrors.name}>
        <Input
          {...fieldProps(`${id}-name`, { error: fieldErrors.name })}
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          aria-required
          maxLength={200}
          autoComplete="off"
          placeholder={t(`placeholders.name.${words.course}`)}
        />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id={`${id}-code`} label={t('fields.code')} hint={t('fields.optional')} error={fieldErrors.code}>
          <Input
            {...fieldProps(`${id}-code`, { hint: true, error: fieldErrors.code })}
            name="code"
            value={shownCode}
            onChange={(event) => setCode(event.target.value)}
            maxLength={40}
            autoComplete="off"
            placeholder={t('placeholders.code')}
          />
        </Field>
        <Field id={`${id}-professor`} label={t('fields.professor')} hint={t('fields.optional')} error={fieldErrors.professor}>
          <Input
            {...fieldProps(`${id}-professor`, { hint: true, error: fieldErrors.professor })}
            name="professor"
            defaultValue={course?.professor ?? ''}
            maxLength={200}
            autoComplete="off"
          />
        </Field>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id={`${id}-term`} label={t(`term.${words.term}`)} error={fieldErrors.term}>
          <Select {...fieldProps(`${id}-term`, { error: fieldErrors.term })} name="term" defaultValue={course ? (course.term ?? '') : (defaultTerm ?? '')}>
            <option value="">{t('term.none')}</option>
            {terms.map((term) => (
              <option key={term.value} value={term.value}>
                {term.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${id}-period`} label={t('fields.periodType')} error={fieldErrors.academic_period_type}>
          <Select
            {...fieldProps(`${id}-period`, { error: fieldErrors.academic_period_type })}
            name="academic_period_type"
            defaultValue={course ? (course.academic_period_type ?? '') : (reference?.period_type ?? '')}
          >
            <option value="">{t('periodTypes.none')}</option>
            {periodTypes.map((p) => (
              <option key={p} value={p}>
                {t(`periodTypes.${p}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id={`${id}-credits`} label={t(`credits.label.${words.credit}`)} hint={t('fields.optional')} error={creditError} className="sm:max-w-[calc(50%-0.625rem)]">
        <Input
          {...fieldProps(`${id}-credits`, { hint: true, error: creditError })}
          name="credit_value"
          type="number"
          inputMode="decimal"
          min={0}
          max={60}
          step="0.5"
          defaultValue={course?.[field] ?? ''}
        />
      </Field>
      <AppearancePicker
        name={`${id}-appearance`}
        color={shownColor}
        emoji={shownEmoji}
        onColorChange={setColor}
        onEmojiChange={setEmoji}
        suggestion={course ? null : suggestion}
      />
      {fieldErrors.color || fieldErrors.emoji ? <p className="text-sm font-medium text-danger">{fieldErrors.color ?? fieldErrors.emoji}</p> : null}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="outline" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
        <Button type="submit" disabled={save.isPending} aria-busy={save.isPending || undefined}>
          {save.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
          {course ? t('actions.save') : t(`words.${words.course}.create`)}
        </Button>
      </div>
    </form>
  );
}
