'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LogOut, MonitorSmartphone, Settings } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { Link, useRouter } from '@/i18n/navigation';
import { Button } from '@/web/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/web/components/ui/dropdown-menu';
import { toast } from '@/web/components/ui/toast';
import { apiFetch } from '@/web/lib/api';
import { useErrorMessage } from '@/web/lib/use-error-message';

function initials(name: string, email: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? `${parts[0]![0]}${parts[parts.length - 1]![0]}` : (parts[0] ?? email).slice(0, 2);
  return letters.toUpperCase();
}

/** Account menu: who is signed in, settings, and the two ways out. */
export function UserMenu({ name, email }: { name: string; email: string }) {
  const t = useTranslations('app.shell');
  const tNav = useTranslations('app.shell.nav');
  const locale = useLocale();
  const router = useRouter();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const signOut = useMutation({
    mutationFn: (everywhere: boolean) =>
      apiFetch(everywhere ? '/api/auth/sign-out-everywhere' : '/api/auth/sign-out', { method: 'POST', locale }),
    onSuccess: () => {
      queryClient.clear();
      router.replace('/sign-in');
      router.refresh();
    },
    onError: (error) => toast.error(errorMessage(error)),
  });

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" className="h-10 gap-2 px-1.5 sm:px-2" aria-label={t('accountMenu')} disabled={signOut.isPending}>
          <span
            aria-hidden
            className="inline-flex size-8 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground"
          >
            {initials(name, email)}
          </span>
          <span className="hidden max-w-40 truncate text-sm lg:inline">{name}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="grid gap-0.5">
          <span className="truncate font-medium">{name}</span>
          <span className="truncate text-xs font-normal text-muted-foreground">{email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/app/settings">
            <Settings aria-hidden />
            {tNav('settings')}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => signOut.mutate(false)}>
          <LogOut aria-hidden />
          {t('signOut')}
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => signOut.mutate(true)} className="items-start">
          <MonitorSmartphone aria-hidden className="mt-0.5" />
          <span className="grid gap-0.5">
            <span>{t('signOutEverywhere')}</span>
            <span className="text-xs text-muted-foreground">{t('signOutEverywhereHint')}</span>
          </span>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
