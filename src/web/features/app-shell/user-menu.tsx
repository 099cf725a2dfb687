'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LogOut, MonitorSmartphone, Settings } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { Link, useRouter } from '@/i18n/navigation';
import { menuItemClass, PopoverMenu } from '@/web/components/ui/popover-menu';
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
    <PopoverMenu
      triggerLabel={t('accountMenu')}
      triggerClassName="inline-flex h-10 items-center gap-2 rounded-md px-1.5 hover:bg-muted sm:px-2"
      className="w-64"
      trigger={
        <>
          <span
            aria-hidden
            className="inline-flex size-8 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground"
          >
            {initials(name, email)}
          </span>
          <span className="hidden max-w-40 truncate text-sm font-medium lg:inline">{name}</span>
        </>
      }
    >
      {(close) => (
        <>
          <div className="grid gap-0.5 px-2 py-1.5 text-sm">
            <span className="truncate font-medium">{name}</span>
            <span className="truncate text-xs text-muted-foreground">{email}</span>
          </div>
          <hr className="-mx-1 my-1 border-border" />
          <ul>
            <li>
              <Link href="/app/settings" onClick={close} className={menuItemClass}>
                <Settings aria-hidden />
                {tNav('settings')}
              </Link>
            </li>
          </ul>
          <hr className="-mx-1 my-1 border-border" />
          <ul>
            <li>
              <button type="button" className={menuItemClass} disabled={signOut.isPending} onClick={() => signOut.mutate(false)}>
                <LogOut aria-hidden />
                {t('signOut')}
              </button>
            </li>
            <li>
              <button
                type="button"
                className={`${menuItemClass} items-start`}
                disabled={signOut.isPending}
                onClick={() => signOut.mutate(true)}
              >
                <MonitorSmartphone aria-hidden className="mt-0.5" />
                <span className="grid gap-0.5">
                  <span>{t('signOutEverywhere')}</span>
                  <span className="text-xs text-muted-foreground">{t('signOutEverywhereHint')}</span>
                </span>
              </button>
            </li>
          </ul>
        </>
      )}
    </PopoverMenu>
  );
}
