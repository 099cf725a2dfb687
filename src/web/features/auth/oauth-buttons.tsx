'use client';

import { LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/web/components/ui/alert';
import { Button } from '@/web/components/ui/button';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { useSocialSignIn, type SocialProvider } from './mutations';

export type AuthProviders = { google: boolean; github: boolean; oidc: { name: string } | null };

export function hasAnyProvider(providers: AuthProviders): boolean {
  return providers.google || providers.github || providers.oidc !== null;
}

/** One button per configured OAuth provider. On registration the chosen country travels along. */
export function OAuthButtons({ providers, country }: { providers: AuthProviders; country?: string }) {
  const t = useTranslations('auth.oauth');
  const errorMessage = useErrorMessage();
  const social = useSocialSignIn();
  const busy = social.isPending || social.isSuccess;

  const buttons: { provider: SocialProvider; label: string }[] = [];
  if (providers.google) buttons.push({ provider: 'google', label: t('google') });
  if (providers.github) buttons.push({ provider: 'github', label: t('github') });
  if (providers.oidc) buttons.push({ provider: 'oidc', label: t('oidc', { name: providers.oidc.name }) });

  return (
    <div className="grid gap-3">
      {social.isError ? <Alert variant="error">{errorMessage(social.error)}</Alert> : null}
      {buttons.map(({ provider, label }) => (
        <Button
          key={provider}
          variant="outline"
          className="w-full"
          disabled={busy}
          aria-busy={busy && social.variables?.provider === provider ? true : undefined}
          onClick={() => social.mutate({ provider, country })}
        >
          {busy && social.variables?.provider === provider ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
          {label}
        </Button>
      ))}
    </div>
  );
}
