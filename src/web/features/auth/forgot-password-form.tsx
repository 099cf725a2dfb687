'use client';

import { LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRef, type FormEvent } from 'react';
import { Alert } from '@/web/components/ui/alert';
import { Button } from '@/web/components/ui/button';
import { useFocusFirstInvalid, useFormErrors } from '@/web/lib/form-errors';
import { EmailField } from './email-field';
import { useRequestPasswordReset } from './mutations';

const FIELDS = ['email'] as const;

/** Asks for a reset link. The answer never tells whether the account exists. */
export function ForgotPasswordForm() {
  const t = useTranslations('auth');
  const request = useRequestPasswordReset();
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, formError } = useFormErrors(request.error, FIELDS);
  useFocusFirstInvalid(formRef, request.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    request.mutate(email);
  }

  return (
    <form ref={formRef} data-testid="forgot-password-form" noValidate onSubmit={onSubmit} className="grid gap-5">
      {request.isSuccess ? (
        <Alert variant="success" title={t('forgot.sentTitle')}>
          {t('forgot.sent', { email: request.variables })}
        </Alert>
      ) : null}
      {formError ? <Alert variant="error">{formError}</Alert> : null}
      <EmailField id="forgot-email" error={fieldErrors.email} />
      <Button type="submit" size="lg" className="w-full" disabled={request.isPending} aria-busy={request.isPending || undefined}>
        {request.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
        {request.isPending ? t('forgot.submitting') : t('forgot.submit')}
      </Button>
    </form>
  );
}
