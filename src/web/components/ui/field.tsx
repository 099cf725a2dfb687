import type { ReactNode } from 'react';
import { cn } from '@/web/lib/utils';

/** The accessibility wiring a control inside <Field> needs: spread it onto the input or select. */
export function fieldProps(id: string, { hint, error }: { hint?: ReactNode; error?: string | null }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Extra content under the hint, e.g. a live status line. */
  after?: ReactNode;
  labelAddon?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** Label, control, hint and error message, in that order, tied together by ids. */
export function Field({ id, label, hint, error, after, labelAddon, className, children }: FieldProps) {
  return (
    <div className={cn('grid content-start gap-2', className)}>
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm leading-none font-medium text-foreground">
          {label}
        </label>
        {labelAddon}
      </div>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs leading-relaxed text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {after}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
