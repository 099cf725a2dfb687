'use client';

import { LoaderCircle } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useRef, type FormEvent } from 'react';
import { isLocale, locales } from '@/i18n/locales';
import { usePathname, useRouter } from '@/i18n/navigation';
import { Alert } from '@/web/components/ui/alert';
import { Button } from '@/web/components/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/web/components/ui/card';
import { Field, fieldProps } from '@/web/components/ui/field';
import { Input } from '@/web/components/ui/input';
import { Select } from '@/web/components/ui/select';
import { toast } from '@/web/components/ui/toast';
import { useFocusFirstInvalid, useFormErrors } from '@/web/lib/form-errors';
import { localeAutonyms } from '@/web/lib/locale-names';
import { academicSystems, useUpdateProfile, type AcademicSystem, type ProfilePatch } from './mutations';

const FIELDS = ['full_name', 'university', 'preferred_locale', 'timezone', 'academic_system'] as const;

function isAcademicSystem(value: string): value is AcademicSystem {
  return (academicSystems as readonly string[]).includes(value);
}

type SettingsFormProps = { profile: ProfilePatch; timezones: string[] };

/** Profile preferences, saved with PATCH /api/me. A new preferred language also switches the UI. */
export function SettingsForm({ profile, timezones }: SettingsFormProps) {
  const t = useTranslations('settings');
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const update = useUpdateProfile();
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, formError } = useFormErrors(update.error, FIELDS);
  useFocusFirstInvalid(formRef, update.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (key: string) => String(form.get(key) ?? '');
    const preferred = value('preferred_locale');
    const system = value('academic_system');
    const university = value('university').trim();
    update.mutate(
      {
        full_name: value('full_name').trim(),
        university: university || null,
        preferred_locale: isLocale(preferred) ? preferred : profile.preferred_locale,
        timezone: value('timezone'),
        academic_system: isAcademicSystem(system) ? system : profile.academic_system,
      },
      {
        onSuccess: (_saved, patch) => {
          // Choosing another preferred language also moves the interface to it; the page in the
          // new language is the confirmation. Otherwise confirm in place.
          if (patch.preferred_locale !== profile.preferred_locale && patch.preferred_locale !== locale) {
            router.replace(pathname, { locale: patch.preferred_locale });
            return;
          }
          toast.success(t('profile.saved'));
          router.refresh();
        },
      },
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('profile.title')}</CardTitle>
        <CardDescription>{t('profile.description')}</CardDescription>
      </CardHeader>
      <form ref={formRef} data-testid="settings-form" noValidate onSubmit={onSubmit}>
        <CardContent className="grid gap-5">
          {formError ? <Alert variant="error">{formError}</Alert> : null}
          <div className="grid gap-5 sm:grid-cols-2">
            <Field id="settings-full-name" label={t('profile.fullName')} error={fieldErrors.full_name}>
              <Input
                {...fieldProps('settings-full-name', { error: fieldErrors.full_name })}
                name="full_name"
                defaultValue={profile.full_name}
                autoComplete="name"
                required
                aria-required
                maxLength={120}
              />
            </Field>
            <Field id="settings-university" label={t('profile.university')} hint={t('profile.universityHint')} error={fieldErrors.university}>
              <Input
                {...fieldProps('settings-university', { hint: true, error: fieldErrors.university })}
                name="university"
                defaultValue={profile.university ?? ''}
                autoComplete="organization"
                maxLength={200}
              />
            </Field>
          </div>
          <div className="grid gap-5 sm:grid-cols-2">
            <Field
              id="settings-locale"
              label={t('profile.preferredLocale')}
              hint={t('profile.preferredLocaleHint')}
              error={fieldErrors.preferred_locale}
            >
              <Select
                {...fieldProps('settings-locale', { hint: true, error: fieldErrors.preferred_locale })}
                name="preferred_locale"
                defaultValue={profile.preferred_locale}
              >
                {locales.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {localeAutonyms[l]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="settings-timezone" label={t('profile.timezone')} error={fieldErrors.timezone}>
              <Select {...fieldProps('settings-timezone', { error: fieldErrors.timezone })} name="timezone" defaultValue={profile.timezone}>
                {timezones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll('_', ' ')}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Field
            id="settings-academic-system"
            label={t('profile.academicSystem')}
            hint={t('profile.academicSystemHint')}
            error={fieldErrors.academic_system}
            className="sm:max-w-[calc(50%-0.625rem)]"
          >
            <Select
              {...fieldProps('settings-academic-system', { hint: true, error: fieldErrors.academic_system })}
              name="academic_system"
              defaultValue={profile.academic_system}
            >
              {academicSystems.map((system) => (
                <option key={system} value={system}>
                  {t(`academicSystems.${system}`)}
                </option>
              ))}
            </Select>
          </Field>
        </CardContent>
        <CardFooter className="flex-wrap justify-end">
          {update.isSuccess ? (
            <p role="status" className="mr-auto text-sm text-success">
              {t('profile.saved')}
            </p>
          ) : null}
          <Button type="submit" disabled={update.isPending} aria-busy={update.isPending || undefined}>
            {update.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
            {update.isPending ? t('profile.saving') : t('profile.save')}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
