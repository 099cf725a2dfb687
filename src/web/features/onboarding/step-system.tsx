'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/web/components/ui/alert';
import { Field, fieldProps } from '@/web/components/ui/field';
import { Select } from '@/web/components/ui/select';
import { Skeleton } from '@/web/components/ui/skeleton';
import { useReference } from '@/web/features/courses/reference';
import { currentTermValue, regionalWords, termChoices } from '@/web/features/courses/terms';
import type { TermChoice } from '@/web/features/courses/types';
import { academicSystems, type AcademicSystem } from '@/web/features/settings/mutations';
import { useFocusFirstInvalid, useFormErrors } from '@/web/lib/form-errors';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { useOnboardingPatch } from './mutations';
import { nextStepName } from './onboarding-state';
import { StepFooter, type StepNavigation } from './step-footer';

const FIELDS = ['academic_system'] as const;

function isAcademicSystem(value: string): value is AcademicSystem {
  return (academicSystems as readonly string[]).includes(value);
}

type StepSystemProps = StepNavigation & {
  country: string;
  currentSystem: AcademicSystem;
  /** The term chosen earlier in this visit, if any. */
  term: TermChoice | null;
  onBack: () => void;
  onDone: (choice: { academic_system: AcademicSystem; term: TermChoice | null }) => void;
};

/** Step 2: the grading system and the current term, defaulting to the country's conventions. */
export function StepSystem({ country, currentSystem, term, onBack, onDone, ...nav }: StepSystemProps) {
  const t = useTranslations('onboarding.steps.system');
  const tSystems = useTranslations('settings.academicSystems');
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const reference = useReference(country);
  const patch = useOnboardingPatch();
  const [systemChoice, setSystemChoice] = useState<AcademicSystem | null>(null);
  const [termChoice, setTermChoice] = useState<string | null>(term?.value ?? null);
  const { fieldErrors, formError } = useFormErrors(patch.error, FIELDS);
  useFocusFirstInvalid(formRef, patch.error);

  const ref = reference.data;
  const words = regionalWords(ref);
  const system = systemChoice ?? ref?.academic_system ?? currentSystem;
  const termOptions = termChoices(ref);
  const current = currentTermValue(ref);
  const chosenValue = termChoice ?? current;
  const chosenTerm = termOptions.find((o) => o.value === chosenValue) ?? null;
  const monthName = (month: number) => format.dateTime(new Date(Date.UTC(2000, month - 1, 1)), { month: 'long', timeZone: 'UTC' });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    patch.mutate(
      { academic_system: system, onboarding_step: nextStepName[2] },
      { onSuccess: () => onDone({ academic_system: system, term: chosenTerm }) },
    );
  }

  if (reference.isPending) {
    return (
      <div role="status" aria-busy="true" className="grid gap-4">
        <span className="sr-only">{t('loading')}</span>
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-16 w-full" />
        <Skeleton className="h-10 w-full" />
      </div>
    );
  }

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="grid gap-5">
      {formError ? <Alert variant="error">{formError}</Alert> : null}
      {reference.isError ? <Alert variant="error">{t('referenceFailed', { reason: errorMessage(reference.error) })}</Alert> : null}
      <Field
        id="onboarding-system"
        label={t('system')}
        hint={ref ? t('usual', { system: tSystems(ref.academic_system) }) : undefined}
        error={fieldErrors.academic_system}
        after={
          <p aria-live="polite" className="rounded-md bg-muted px-3 py-2 text-sm leading-relaxed">
            {t(`explanations.${system}`)}
          </p>
        }
      >
        <Select
          {...fieldProps('onboarding-system', { hint: !!ref, error: fieldErrors.academic_system })}
          name="academic_system"
          value={system}
          onChange={(event) => isAcademicSystem(event.target.value) && setSystemChoice(event.target.value)}
        >
          {academicSystems.map((s) => (
            <option key={s} value={s}>
              {tSystems(s)}
            </option>
          ))}
        </Select>
      </Field>
      {ref && termOptions.length > 0 ? (
        <Field
          id="onboarding-term"
          label={t(`term.${words.term}`)}
          hint={t('termHint')}
          after={
            ref.terms.length > 0 ? (
              <ul aria-label={t('termsIn')} className="grid gap-1 text-xs text-muted-foreground">
                {ref.terms.map((term) => (
                  <li key={term.key}>
                    <span className="font-medium text-foreground">{term.name}</span>{' '}
                    {t('months', { start: monthName(term.start_month), end: monthName(term.end_month) })}
                  </li>
                ))}
              </ul>
            ) : null
          }
        >
          <Select
            {...fieldProps('onboarding-term', { hint: true })}
            name="term"
            value={chosenValue ?? ''}
            onChange={(event) => setTermChoice(event.target.value)}
          >
            {termOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.value === current ? t('currentTerm', { term: o.label }) : o.label}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <StepFooter {...nav} onBack={onBack} pending={patch.isPending} />
    </form>
  );
}
