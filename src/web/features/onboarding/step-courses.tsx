'use client';

import { Plus, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/web/components/ui/alert';
import { Button } from '@/web/components/ui/button';
import { Field, fieldProps } from '@/web/components/ui/field';
import { Input } from '@/web/components/ui/input';
import { DEFAULT_COLOR, isHexColor } from '@/web/features/courses/appearance';
import { AppearanceDisclosure } from '@/web/features/courses/appearance-picker';
import { useCourseSuggestion, useCreateCourses } from '@/web/features/courses/course-queries';
import { parseNumber } from '@/web/features/courses/numbers';
import { useReference } from '@/web/features/courses/reference';
import { creditField, currentTermValue, regionalWords, type RegionalWords } from '@/web/features/courses/terms';
import type { CourseInput, TermChoice } from '@/web/features/courses/types';
import { useDebouncedValue } from '@/web/features/courses/use-debounced-value';
import { ApiError } from '@/web/lib/api';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { useOnboardingPatch } from './mutations';
import { nextStepName } from './onboarding-state';
import { StepFooter, type StepNavigation } from './step-footer';

const MAX_ROWS = 20;
const SUGGEST_DELAY_MS = 400;
const ROW_FIELDS = ['name', 'code', 'professor', 'credits', 'ects_credits', 'color', 'emoji'] as const;

type StepCoursesProps = StepNavigation & {
  country: string;
  term: TermChoice | null;
  onBack: () => void;
  onDone: (createdCount: number) => void;
};

type RowErrors = Record<number, Partial<Record<(typeof ROW_FIELDS)[number], string>>>;

/** Step 3: several courses at once, saved together; then onboarding is marked done. */
export function StepCourses({ country, term, onBack, onDone, ...nav }: StepCoursesProps) {
  const t = useTranslations('onboarding.steps.courses');
  const errorMessage = useErrorMessage();
  const reference = useReference(country);
  const words = regionalWords(reference.data);
  const create = useCreateCourses();
  const patch = useOnboardingPatch();
  const [rows, setRows] = useState<number[]>([0]);
  const nextKey = useRef(1);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const [rowErrors, setRowErrors] = useState<RowErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  // Once the batch is saved, a retry only has to mark onboarding as done.
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const currentValue = currentTermValue(reference.data);
  const chosenTerm: TermChoice | null =
    term ?? (reference.data && currentValue ? { value: currentValue, label: reference.data.current_term?.label ?? currentValue } : null);
  const pending = create.isPending || patch.isPending;

  useEffect(() => {
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }, [rowErrors]);

  function addRow() {
    const key = nextKey.current++;
    setRows((r) => [...r, key]);
    setFocusKey(key);
  }

  function removeRow(key: number) {
    setRows((r) => r.filter((k) => k !== key));
    setRowErrors({});
  }

  function markDone(count: number) {
    patch.mutate(
      { onboarding_step: nextStepName[3] },
      { onSuccess: () => onDone(count), onError: (error) => setFormError(errorMessage(error)) },
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    if (savedCount !== null) return markDone(savedCount);
    const data = new FormData(event.currentTarget);
    const text = (i: number, key: string) => String(data.get(`courses.${i}.${key}`) ?? '').trim();
    const missing: RowErrors = {};
    const submitted: number[] = [];
    const courses: CourseInput[] = [];
    rows.forEach((_key, i) => {
      const name = text(i, 'name');
      const code = text(i, 'code');
      const professor = text(i, 'professor');
      const credits = parseNumber(text(i, 'credits'));
      if (!name && !code && !professor && credits === null) return; // an untouched row
      if (!name) {
        missing[i] = { name: t('nameRequired') };
        return;
      }
      const color = text(i, 'appearance-color');
      const emoji = text(i, 'appearance-emoji');
      submitted.push(i);
      courses.push({
        name,
        code: code || null,
        professor: professor || null,
        term: chosenTerm?.value ?? null,
        academic_period_type: reference.data?.period_type ?? null,
        [creditField(words.credit)]: credits,
        color: isHexColor(color) ? color : DEFAULT_COLOR,
        emoji: emoji || null,
      });
    });
    setRowErrors(missing);
    if (Object.keys(missing).length > 0) return;
    if (courses.length === 0) return markDone(0);
    create.mutate(courses, {
      onSuccess: (created) => {
        setSavedCount(created.length);
        markDone(created.length);
      },
      onError: (error) => {
        // `courses.<n>.<field>` from the server, mapped back to the row the student sees.
        const byRow: RowErrors = {};
        let unplaced = !(error instanceof ApiError) || error.details.length === 0;
        if (error instanceof ApiError) {
          for (const d of error.details) {
            const match = /^courses\.(\d+)\.(\w+)$/.exec(d.path);
            const row = match ? submitted[Number(match[1])] : undefined;
            const field = match?.[2] as (typeof ROW_FIELDS)[number] | undefined;
            if (row === undefined || !field || !(ROW_FIELDS as readonly string[]).includes(field)) {
              unplaced = true;
              continue;
            }
            byRow[row] = { [field]: d.message, ...byRow[row] };
          }
        }
        setRowErrors(byRow);
        if (unplaced) setFormError(errorMessage(error));
      },
    });
  }

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="grid gap-5">
      {formError ? <Alert variant="error">{formError}</Alert> : null}
      {savedCount !== null ? <Alert variant="success">{t(`saved.${words.course}`, { count: savedCount })}</Alert> : null}
      {chosenTerm ? <p className="text-sm text-muted-foreground">{t('termNote', { term: chosenTerm.label })}</p> : null}
      <ol className="grid gap-4">
        {rows.map((key, i) => (
          <CourseRow
            key={key}
            index={i}
            words={words}
            errors={rowErrors[i] ?? {}}
            disabled={savedCount !== null}
            autoFocus={focusKey === key}
            onRemove={rows.length > 1 ? () => removeRow(key) : undefined}
          />
        ))}
      </ol>
      {rows.length < MAX_ROWS && savedCount === null ? (
        <Button variant="outline" onClick={addRow} className="w-fit">
          <Plus aria-hidden />
          {t(`addRow.${words.course}`)}
        </Button>
      ) : null}
      <StepFooter {...nav} onBack={savedCount === null ? onBack : undefined} pending={pending} nextLabel={t('save')} />
    </form>
  );
}

type CourseRowProps = {
  index: number;
  words: RegionalWords;
  errors: Partial<Record<(typeof ROW_FIELDS)[number], string>>;
  disabled: boolean;
  autoFocus: boolean;
  onRemove?: () => void;
};

/** One course: name, code, professor, credits and its look (suggested from the name). */
function CourseRow({ index, words, errors, disabled, autoFocus, onRemove }: CourseRowProps) {
  const t = useTranslations('onboarding.steps.courses');
  const tCourses = useTranslations('courses');
  const prefix = `onboarding-course-${index}`;
  const name = (field: string) => `courses.${index}.${field}`;
  const [courseName, setCourseName] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [color, setColor] = useState<string | null>(null);
  const [emoji, setEmoji] = useState<string | null | undefined>(undefined);
  const debouncedName = useDebouncedValue(courseName, SUGGEST_DELAY_MS);
  const suggestion = useCourseSuggestion(debouncedName, true).data;
  const shownColor = color ?? suggestion?.color ?? DEFAULT_COLOR;
  const shownEmoji = emoji === undefined ? (suggestion?.emoji ?? null) : emoji;
  const shownCode = code ?? suggestion?.code ?? '';
  const creditsError = errors.credits ?? errors.ects_credits;
  const rowLabel = t(`rowLabel.${words.course}`, { n: index + 1 });

  return (
    <li data-testid={`course-row-${index}`} className="rounded-lg border border-border p-4">
      <fieldset disabled={disabled} aria-labelledby={`${prefix}-label`} className="grid gap-4">
        <div className="flex items-center justify-between gap-2">
          <h3 id={`${prefix}-label`} className="text-sm font-semibold">
            {rowLabel}
          </h3>
          {onRemove ? (
            <Button variant="ghost" size="icon" className="-my-2 -mr-2 size-9" aria-label={t('removeRow', { label: rowLabel })} onClick={onRemove}>
              <X aria-hidden />
            </Button>
          ) : null}
        </div>
        <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <Field id={`${prefix}-name`} label={tCourses('fields.name')} error={errors.name}>
            <Input
              {...fieldProps(`${prefix}-name`, { error: errors.name })}
              name={name('name')}
              value={courseName}
              onChange={(event) => setCourseName(event.target.value)}
              autoFocus={autoFocus}
              maxLength={200}
              autoComplete="off"
              placeholder={tCourses(`placeholders.name.${words.course}`)}
            />
          </Field>
          <Field id={`${prefix}-code`} label={tCourses('fields.code')} error={errors.code}>
            <Input
              {...fieldProps(`${prefix}-code`, { error: errors.code })}
              name={name('code')}
              value={shownCode}
              onChange={(event) => setCode(event.target.value)}
              maxLength={40}
              autoComplete="off"
              placeholder={tCourses('placeholders.code')}
            />
          </Field>
        </div>
        <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <Field id={`${prefix}-professor`} label={tCourses('fields.professorOptional')} error={errors.professor}>
            <Input {...fieldProps(`${prefix}-professor`, { error: errors.professor })} name={name('professor')} maxLength={200} autoComplete="off" />
          </Field>
          <Field id={`${prefix}-credits`} label={tCourses(`credits.label.${words.credit}`)} error={creditsError}>
            <Input
              {...fieldProps(`${prefix}-credits`, { error: creditsError })}
              name={name('credits')}
              type="number"
              inputMode="decimal"
              min={0}
              max={60}
              step="0.5"
            />
          </Field>
        </div>
        <AppearanceDisclosure
          name={name('appearance')}
          label={rowLabel}
          color={shownColor}
          emoji={shownEmoji}
          onColorChange={setColor}
          onEmojiChange={setEmoji}
          suggestion={suggestion}
        />
        {errors.color || errors.emoji ? <p className="text-sm font-medium text-danger">{errors.color ?? errors.emoji}</p> : null}
      </fieldset>
    </li>
  );
}
