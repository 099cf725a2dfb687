'use client';

import { LoaderCircle, MailCheck, MapPin } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { EmailField } from './email-field';
import { isLocale, locales, type Locale } from '@/i18n/locales';
import { Alert } from '@/web/components/ui/alert';
import { Button } from '@/web/components/ui/button';
import { Field, fieldProps } from '@/web/components/ui/field';
import { Input } from '@/web/components/ui/input';
import { PasswordInput } from '@/web/components/ui/password-input';
import { Select } from '@/web/components/ui/select';
import type { CountryOption } from '@/web/lib/countries';
import { useFocusFirstInvalid, useFormErrors } from '@/web/lib/form-errors';
import { localeAutonyms } from '@/web/lib/locale-names';
import { Divider } from './divider';
import { useSignUp } from './mutations';
import { hasAnyProvider, OAuthButtons, type AuthProviders } from './oauth-buttons';

export type ResidencyMap = {
  /** Region of every country not in the default region. */
  byCountry: Record<string, string>;
  defaultRegion: string;
  /** Region names in the page's locale. */
  names: Record<string, string>;
};

type RegisterFormProps = {
  countries: CountryOption[];
  defaultCountry: string;
  residency: ResidencyMap;
  providers: AuthProviders;
};

const FIELDS = ['name', 'email', 'password', 'country', 'locale'] as const;
const CODE_FIELDS = { WEAK_PASSWORD: 'password' };

function text(form: FormData, key: string): string {
  const value = form.get(key);
  return typeof value === 'string' ? value : '';
}

export function RegisterForm({ countries, defaultCountry, residency, providers }: RegisterFormProps) {
  const t = useTranslations('auth');
  const currentLocale = useLocale();
  const signUp = useSignUp();
  const formRef = useRef<HTMLFormElement>(null);
  const successRef = useRef<HTMLHeadingElement>(null);
  const [country, setCountry] = useState(defaultCountry);
  const { fieldErrors, formError } = useFormErrors(signUp.error, FIELDS, CODE_FIELDS);
  useFocusFirstInvalid(formRef, signUp.error);

  useEffect(() => {
    if (signUp.isSuccess) successRef.current?.focus();
  }, [signUp.isSuccess]);

  const region = residency.byCountry[country] ?? residency.defaultRegion;
  const regionLabel = residency.names[region] ?? region;

  if (signUp.isSuccess) {
    return (
      <div data-testid="register-success" className="grid gap-4 text-center">
        <span aria-hidden className="mx-auto inline-flex size-12 items-center justify-center rounded-full bg-accent text-accent-foreground">
          <MailCheck className="size-6" />
        </span>
        <h2 ref={successRef} tabIndex={-1} className="text-xl font-semibold outline-none">
          {t('register.successTitle')}
        </h2>
        <p className="text-sm leading-relaxed">{t('register.successBody', { email: signUp.variables.email })}</p>
        <p className="text-sm leading-relaxed text-muted-foreground">{t('register.successHint')}</p>
      </div>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosenLocale = text(form, 'locale');
    signUp.mutate({
      name: text(form, 'name').trim(),
      email: text(form, 'email').trim(),
      password: text(form, 'password'),
      country,
      locale: isLocale(chosenLocale) ? chosenLocale : currentLocale,
    });
  }

  return (
    <div className="grid gap-6">
      <form ref={formRef} data-testid="register-form" noValidate onSubmit={onSubmit} className="grid gap-5">
        {formError ? <Alert variant="error">{formError}</Alert> : null}
        <Field id="register-name" label={t('fields.name')} error={fieldErrors.name}>
          <Input
            {...fieldProps('register-name', { error: fieldErrors.name })}
            name="name"
            autoComplete="name"
            required
            aria-required
          />
        </Field>
        <EmailField id="register-email" error={fieldErrors.email} />
        <Field id="register-password" label={t('fields.password')} hint={t('fields.passwordHint')} error={fieldErrors.password}>
          <PasswordInput
            {...fieldProps('register-password', { hint: true, error: fieldErrors.password })}
            name="password"
            autoComplete="new-password"
            minLength={8}
            required
            aria-required
          />
        </Field>
        <Field
          id="register-country"
          label={t('fields.country')}
          error={fieldErrors.country}
          after={
            <p id="register-country-region" aria-live="polite" className="flex gap-2 rounded-md bg-muted px-3 py-2 text-xs leading-relaxed">
              <MapPin aria-hidden className="mt-0.5 size-3.5 shrink-0 text-muted-foreground" />
              <span>
                <span className="font-medium">{t('register.regionNotice', { region: regionLabel })}</span>{' '}
                <span className="text-muted-foreground">{t('register.regionPermanent')}</span>
              </span>
            </p>
          }
        >
          <Select
            id="register-country"
            name="country"
            value={country}
            onChange={(event) => setCountry(event.target.value)}
            autoComplete="country"
            required
            aria-required
            aria-invalid={fieldErrors.country ? true : undefined}
            aria-describedby={['register-country-region', fieldErrors.country ? 'register-country-error' : null].filter(Boolean).join(' ')}
          >
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="register-locale" label={t('fields.locale')} hint={t('fields.localeHint')} error={fieldErrors.locale}>
          <Select {...fieldProps('register-locale', { hint: true, error: fieldErrors.locale })} name="locale" defaultValue={currentLocale}>
            {locales.map((l: Locale) => (
              <option key={l} value={l} lang={l}>
                {localeAutonyms[l]}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" size="lg" className="w-full" disabled={signUp.isPending} aria-busy={signUp.isPending || undefined}>
          {signUp.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
          {signUp.isPending ? t('register.submitting') : t('register.submit')}
        </Button>
      </form>
      {hasAnyProvider(providers) ? (
        <>
          <Divider label={t('register.oauthIntro')} />
          <OAuthButtons providers={providers} country={country} />
        </>
      ) : null}
    </div>
  );
}
