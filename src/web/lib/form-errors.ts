'use client';

import { useEffect, type RefObject } from 'react';
import { ApiError } from './api';
import { useErrorMessage } from './use-error-message';

export type FormErrors = { fieldErrors: Record<string, string>; formError: string | null };

/**
 * Splits a failed request into messages beside fields (validation `details`, or a code that is
 * about one field, e.g. WEAK_PASSWORD → password) and one message for the whole form.
 */
export function useFormErrors(error: unknown, fields: readonly string[], codeFields: Record<string, string> = {}): FormErrors {
  const errorMessage = useErrorMessage();
  if (!error) return { fieldErrors: {}, formError: null };
  if (error instanceof ApiError) {
    const field = codeFields[error.code];
    if (field && fields.includes(field)) return { fieldErrors: { [field]: errorMessage(error) }, formError: null };
    const byField = error.fieldErrors();
    const fieldErrors = Object.fromEntries(Object.entries(byField).filter(([path]) => fields.includes(path)));
    const placed = Object.keys(fieldErrors).length;
    if (placed > 0) return { fieldErrors, formError: placed < Object.keys(byField).length ? errorMessage(error) : null };
  }
  return { fieldErrors: {}, formError: errorMessage(error) };
}

/** After a failed submit, moves focus to the first invalid control so its message is read out. */
export function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>, error: unknown): void {
  useEffect(() => {
    if (!error) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error, formRef]);
}
