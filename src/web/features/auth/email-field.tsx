'use client';

import { useTranslations } from 'next-intl';
import type { ChangeEventHandler, Ref } from 'react';
import { Field, fieldProps } from '@/web/components/ui/field';
import { Input } from '@/web/components/ui/input';

/** The labelled email input every auth form starts with. */
export function EmailField({
  id,
  error,
  autoComplete = 'email',
  inputRef,
  onChange,
}: {
  id: string;
  error?: string | null;
  autoComplete?: 'email' | 'username';
  inputRef?: Ref<HTMLInputElement>;
  onChange?: ChangeEventHandler<HTMLInputElement>;
}) {
  const t = useTranslations('auth');
  return (
    <Field id={id} label={t('fields.email')} error={error}>
      <Input
        {...fieldProps(id, { error })}
        ref={inputRef}
        name="email"
        type="email"
        autoComplete={autoComplete}
        inputMode="email"
        required
        aria-required
        onChange={onChange}
      />
    </Field>
  );
}
