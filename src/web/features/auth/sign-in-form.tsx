'use client';

import { LoaderCircle, Mail } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { EmailField } from './email-field';
import { Link, useRouter } from '@/i18n/navigation';
import { Alert } from '@/web/components/ui/alert';
import { Button } from '@/web/components/ui/button';
import { Field, fieldProps } from '@/web/components/ui/field';
import { PasswordInput } from '@/web/components/ui/password-input';
import { ApiError } from '@/web/lib/api';
import { useFocusFirstInvalid, useFormErrors } from '@/web/lib/form-errors';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { Divider } from './divider';
import { useMagicLink, useSignIn } from './mutations';
import { hasAnyProvider, OAuthButtons, type AuthProviders } from './oauth-buttons';

const FIELDS = ['email', 'password'] as const;

/**
 * Email and password, or a one-time link to the same email: one email field serves both, so the
 * page never shows two. OAuth buttons follow for the providers that are configured.
 */
export function SignInForm({ providers }: { providers: AuthProviders }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const signIn = useSignIn();
  const magicLink = useMagicLink();
  const [emailMissing, setEmailMissing] = useState(false);

  const unverified = signIn.error instanceof ApiError && signIn.error.code === 'EMAIL_NOT_VERIFIED';
  const { fieldErrors, formError } = useFormErrors(unverified ? null : signIn.error, FIELDS);
  useFocusFirstInvalid(formRef, signIn.error);
  const emailError = emailMissing ? t('magicLink.emailRequired') : fieldErrors.email;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setEmailMissing(false);
    magicLink.reset();
    const form = new FormData(event.currentTarget);
    signIn.mutate(
      {
        email: String(form.get('email') ?? '').trim(),
        password: String(form.get('password') ?? ''),
        rememberMe: form.get('rememberMe') === 'on',
      },
      {
        onSuccess: () => {
          router.push('/app');
          router.refresh();
        },
      },
    );
  }

  function sendMagicLink() {
    const email = emailRef.current?.value.trim() ?? '';
    signIn.reset();
    if (!email) {
      setEmailMissing(true);
      emailRef.current?.focus();
      return;
    }
    setEmailMissing(false);
    magicLink.mutate(email);
  }

  const busy = signIn.isPending || signIn.isSuccess || magicLink.isPending;

  return (
    <div className="grid gap-6">
      <form ref={formRef} data-testid="sign-in-form" noValidate onSubmit={onSubmit} className="grid gap-5">
        {formError ? <Alert variant="error">{formError}</Alert> : null}
        {unverified ? (
          <Alert variant="info" title={t('signIn.unverifiedTitle')}>
            {errorMessage(signIn.error)}
          </Alert>
        ) : null}
        {magicLink.isSuccess ? (
          <Alert variant="success" title={t('magicLink.sentTitle')}>
            {t('magicLink.sent', { email: magicLink.variables })}
          </Alert>
        ) : null}
        {magicLink.isError ? <Alert variant="error">{errorMessage(magicLink.error)}</Alert> : null}
        <EmailField id="sign-in-email" error={emailError} autoComplete="username" inputRef={emailRef} onChange={() => setEmailMissing(false)} />
        <Field
          id="sign-in-password"
          label={t('fields.password')}
          error={fieldErrors.password}
          labelAddon={
            <Link href="/forgot-password" className="rounded-sm text-sm text-link underline-offset-4 hover:underline">
              {t('signIn.forgotPassword')}
            </Link>
          }
        >
          <PasswordInput
            {...fieldProps('sign-in-password', { error: fieldErrors.password })}
            name="password"
            autoComplete="current-password"
          />
        </Field>
        <label className="flex w-fit cursor-pointer items-center gap-2 text-sm">
          <input type="checkbox" name="rememberMe" defaultChecked className="size-4 rounded border-input accent-primary" />
          {t('fields.rememberMe')}
        </label>
        <Button type="submit" size="lg" className="w-full" disabled={busy} aria-busy={signIn.isPending || undefined}>
          {signIn.isPending || signIn.isSuccess ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
          {signIn.isPending || signIn.isSuccess ? t('signIn.submitting') : t('signIn.submit')}
        </Button>
        <div className="grid gap-2">
          <Button variant="outline" className="w-full" disabled={busy} aria-busy={magicLink.isPending || undefined} onClick={sendMagicLink}>
            {magicLink.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Mail aria-hidden />}
            {magicLink.isPending ? t('magicLink.submitting') : t('magicLink.submit')}
          </Button>
          <p className="text-center text-xs text-muted-foreground">{t('magicLink.hint')}</p>
        </div>
      </form>
      {hasAnyProvider(providers) ? (
        <>
          <Divider label={t('signIn.or')} />
          <OAuthButtons providers={providers} />
        </>
      ) : null}
    </div>
  );
}
