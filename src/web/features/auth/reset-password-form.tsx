'use client';

import { LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from '@/i18n/navigation';
import { Alert } from '@/web/components/ui/alert';
import { Button } from '@/web/components/ui/button';
import { Field, fieldProps } from '@/web/components/ui/field';
import { PasswordInput } from '@/web/components/ui/password-input';
import { useFocusFirstInvalid, useFormErrors } from '@/web/lib/form-errors';
import { useResetPassword } from './mutations';

const FIELDS = ['newPassword'] as const;
const CODE_FIELDS = { WEAK_PASSWORD: 'newPassword' };

/** Sets a new password with the token and region from the emailed link. */
export function ResetPasswordForm({ token, region }: { token: string; region: string }) {
  const t = useTranslations('auth');
  const reset = useResetPassword();
  const formRef = useRef<HTMLFormElement>(null);
  const [mismatch, setMismatch] = useState(false);
  const { fieldErrors, formError } = useFormErrors(reset.error, FIELDS, CODE_FIELDS);
  useFocusFirstInvalid(formRef, reset.error);
  const confirmError = mismatch ? t('reset.mismatch') : undefined;

  if (reset.isSuccess) {
    return (
      <div className="grid gap-4">
        <Alert variant="success" title={t('reset.successTitle')}>
          {t('reset.successBody')}
        </Alert>
        <Button asChild size="lg" className="w-full">
          <Link href="/sign-in">{t('reset.signInLink')}</Link>
        </Button>
      </div>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get('newPassword') ?? '');
    if (newPassword !== String(form.get('confirmPassword') ?? '')) {
      setMismatch(true);
      formRef.current?.querySelector<HTMLInputElement>('input[name="confirmPassword"]')?.focus();
      return;
    }
    setMismatch(false);
    reset.mutate({ token, region, newPassword });
  }

  return (
    <form ref={formRef} data-testid="reset-password-form" noValidate onSubmit={onSubmit} className="grid gap-5">
      {formError ? (
        <Alert variant="error">
          {formError}{' '}
          <Link href="/forgot-password" className="font-medium underline underline-offset-4">
            {t('reset.requestNew')}
          </Link>
        </Alert>
      ) : null}
      <Field id="reset-password" label={t('fields.newPassword')} hint={t('fields.passwordHint')} error={fieldErrors.newPassword}>
        <PasswordInput
          {...fieldProps('reset-password', { hint: true, error: fieldErrors.newPassword })}
          name="newPassword"
          autoComplete="new-password"
          minLength={8}
          required
          aria-required
        />
      </Field>
      <Field id="reset-confirm" label={t('fields.confirmPassword')} error={confirmError}>
        <PasswordInput
          {...fieldProps('reset-confirm', { error: confirmError })}
          name="confirmPassword"
          autoComplete="new-password"
          required
          aria-required
          onChange={() => setMismatch(false)}
        />
      </Field>
      <Button type="submit" size="lg" className="w-full" disabled={reset.isPending} aria-busy={reset.isPending || undefined}>
        {reset.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
        {reset.isPending ? t('reset.submitting') : t('reset.submit')}
      </Button>
    </form>
  );
}
