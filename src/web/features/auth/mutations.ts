'use client';

import { useMutation } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import { apiFetch } from '@/web/lib/api';

type AuthUser = { id: string; name: string; email: string; emailVerified: boolean };
type SessionResult = { token: string; user: AuthUser; region: string };
/** The same for a new address and a taken one: the next step is always the email. */
type SignUpResult = { status: true; region: string };

export type SignUpInput = { name: string; email: string; password: string; country: string; locale: Locale };
export type SignInInput = { email: string; password: string; rememberMe: boolean };
export type SocialProvider = 'google' | 'github' | 'oidc';

export function useSignUp() {
  const locale = useLocale();
  return useMutation({
    mutationFn: (input: SignUpInput) =>
      apiFetch<SignUpResult>('/api/auth/sign-up/email', { method: 'POST', locale, body: input }),
  });
}

export function useSignIn() {
  const locale = useLocale();
  return useMutation({
    mutationFn: (input: SignInInput) =>
      apiFetch<SessionResult>('/api/auth/sign-in/email', { method: 'POST', locale, body: input }),
  });
}

export function useMagicLink() {
  const locale = useLocale();
  return useMutation({
    mutationFn: (email: string) =>
      apiFetch<{ status: boolean }>('/api/auth/sign-in/magic-link', { method: 'POST', locale, body: { email, locale } }),
  });
}

export function useSocialSignIn() {
  const locale = useLocale();
  return useMutation({
    mutationFn: ({ provider, country }: { provider: SocialProvider; country?: string }) =>
      apiFetch<{ url: string }>('/api/auth/sign-in/social', {
        method: 'POST',
        locale,
        body: { provider, locale, ...(country ? { country } : {}) },
      }),
    onSuccess: ({ url }) => window.location.assign(url),
  });
}

export function useRequestPasswordReset() {
  const locale = useLocale();
  return useMutation({
    mutationFn: (email: string) =>
      apiFetch<{ status: boolean }>('/api/auth/request-password-reset', { method: 'POST', locale, body: { email, locale } }),
  });
}

export function useResetPassword() {
  const locale = useLocale();
  return useMutation({
    mutationFn: (input: { token: string; region: string; newPassword: string }) =>
      apiFetch<{ status: boolean }>('/api/auth/reset-password', { method: 'POST', locale, body: input }),
  });
}
