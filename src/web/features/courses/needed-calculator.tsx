'use client';

import { Calculator, LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/web/components/ui/button';
import { fieldProps } from '@/web/components/ui/field';
import { Input } from '@/web/components/ui/input';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { useCourseFormat } from './format';
import { useNeededGrade } from './grade-queries';
import { parseNumber } from './numbers';

/** "What do I need on the remaining work to finish with this target?" */
export function NeededCalculator({ courseId }: { courseId: string }) {
  const t = useTranslations('courses.grades.needed');
  const id = useId();
  const fmt = useCourseFormat();
  const errorMessage = useErrorMessage();
  const needed = useNeededGrade();
  const [invalid, setInvalid] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = parseNumber(String(new FormData(event.currentTarget).get('target') ?? ''));
    if (target === null || target < 0 || target > 100) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    needed.mutate({ course_id: courseId, target });
  }

  const result = needed.data;
  const target = needed.variables ? fmt.percent(needed.variables.target) : '';
  let message: string | null = null;
  if (result) {
    if (result.already_secured) message = t('secured', { target });
    else if (!result.achievable) message = t('unreachable', { target });
    else if (result.needed === null) message = t('nothingLeft');
    else message = t('result', { needed: fmt.percent(result.needed), target });
  }
  const error = invalid ? t('invalid') : needed.error ? errorMessage(needed.error) : null;

  return (
    <form data-testid="needed-calculator" noValidate onSubmit={onSubmit} className="grid gap-3 rounded-lg border border-border p-4">
      <h3 className="flex items-center gap-2 text-sm font-semibold">
        <Calculator aria-hidden className="size-4 text-muted-foreground" />
        {t('title')}
      </h3>
      <div className="grid gap-2">
        <label htmlFor={`${id}-target`} className="text-sm font-medium">
          {t('target')}
        </label>
        <div className="flex gap-2">
          <Input
            {...fieldProps(`${id}-target`, { hint: true, error })}
            name="target"
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step="any"
            className="max-w-32"
          />
          <Button type="submit" variant="outline" disabled={needed.isPending} aria-busy={needed.isPending || undefined}>
            {needed.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
            {t('calculate')}
          </Button>
        </div>
        <p id={`${id}-target-hint`} className="text-xs text-muted-foreground">
          {t('hint')}
        </p>
        {error ? (
          <p id={`${id}-target-error`} className="text-sm font-medium text-danger">
            {error}
          </p>
        ) : null}
      </div>
      <p role="status" className="text-sm font-medium empty:hidden">
        {message}
      </p>
    </form>
  );
}
