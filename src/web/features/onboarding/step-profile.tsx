'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/web/components/ui/alert';
import { Field, fieldProps } from '@/web/components/ui/field';
import { Input } from '@/web/components/ui/input';
import { Select } from '@/web/components/ui/select';
import { useSupportedCountries } from '@/web/features/courses/reference';
import type { CountryOption } from '@/web/lib/countries';
import { useFocusFirstInvalid, useFormErrors } from '@/web/lib/form-errors';
import { useOnboardingPatch } from './mutations';
import { nextStepName, type WizardProfile } from './onboarding-state';
import { StepFooter, type StepNavigation } from './step-footer';

const FIELDS = ['country', 'university'] as const;
const CODE_FIELDS = { REGION_CHANGE_NOT_ALLOWED: 'country' };

type StepProfileProps = StepNavigation & {
  profile: WizardProfile;
  countries: CountryOption[];
  onDone: (patch: { country: string; university: string | null }) => void;
};

/** Step 1: country of study and university. */
export function StepProfile({ profile, countries, onDone, ...nav }: StepProfileProps) {
  const t = useTranslations('onboarding.steps.profile');
  const formRef = useRef<HTMLFormElement>(null);
  const patch = useOnboardingPatch();
  const supported = useSupportedCountries();
  const [country, setCountry] = useState(profile.country);
  const { fieldErrors, formError } = useFormErrors(patch.error, FIELDS, CODE_FIELDS);
  useFocusFirstInvalid(formRef, patch.error);

  // Countries with academic reference data, plus the one already saved.
  const supportedCodes = supported.data ? new Set(supported.data.map((c) => c.country.toUpperCase())) : null;
  const options = supportedCodes ? countries.filter((c) => supportedCodes.has(c.code) || c.code === profile.country) : countries;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const university = String(new FormData(event.currentTarget).get('university') ?? '').trim() || null;
    patch.mutate(
      {
        ...(country !== profile.country ? { country } : {}),
        university,
        onboarding_step: nextStepName[1],
      },
      { onSuccess: () => onDone({ country, university }) },
    );
  }

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="grid gap-5">
      {formError ? <Alert variant="error">{formError}</Alert> : null}
      <Field id="onboarding-country" label={t('country')} hint={t('countryHint')} error={fieldErrors.country}>
        <Select
          {...fieldProps('onboarding-country', { hint: true, error: fieldErrors.country })}
          name="country"
          value={country}
          onChange={(event) => setCountry(event.target.value)}
          autoComplete="country"
        >
          {options.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="onboarding-university" label={t('university')} hint={t('universityHint')} error={fieldErrors.university}>
        <Input
          {...fieldProps('onboarding-university', { hint: true, error: fieldErrors.university })}
          name="university"
          defaultValue={profile.university ?? ''}
          autoComplete="organization"
          maxLength={200}
        />
      </Field>
      <StepFooter {...nav} pending={patch.isPending} />
    </form>
  );
}
