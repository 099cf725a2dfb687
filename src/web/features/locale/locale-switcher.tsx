'use client';

import { Globe } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useTransition } from 'react';
import { isLocale, locales, type Locale } from '@/i18n/locales';
import { usePathname, useRouter } from '@/i18n/navigation';
import { fieldControlClass } from '@/web/components/ui/input';
import { apiFetch } from '@/web/lib/api';
import { localeAutonyms } from '@/web/lib/locale-names';
import { cn } from '@/web/lib/utils';
import { toast } from '@/web/components/ui/toast';
import { useErrorMessage } from '@/web/lib/use-error-message';

type LocaleSwitcherProps = {
  /** Signed in: the choice is also saved to the account, with the account's time zone. */
  savedTimezone?: string;
  /** Below the `sm` breakpoint, show only the globe (the options keep their names). */
  compactOnMobile?: boolean;
  className?: string;
};

/** Switches the UI language and stays on the same page (path and query kept). */
export function LocaleSwitcher({ savedTimezone, compactOnMobile = false, className }: LocaleSwitcherProps) {
  const t = useTranslations('common.locale');
  const locale = useLocale();
  const pathname = usePathname();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [pending, startTransition] = useTransition();
  const id = useId();

  function change(next: Locale) {
    startTransition(async () => {
      if (savedTimezone !== undefined) {
        try {
          await apiFetch('/api/locale/preferences', {
            method: 'PUT',
            locale: next,
            body: { locale: next, timezone: savedTimezone },
          });
        } catch (error) {
          toast.error(errorMessage(error));
        }
      }
      router.replace(`${pathname}${window.location.search}`, { locale: next, scroll: false });
    });
  }

  return (
    <div className={cn('relative', compactOnMobile && 'w-10 sm:w-auto', className)}>
      <label htmlFor={id} className="sr-only">
        {t('label')}
      </label>
      <Globe
        aria-hidden
        className={cn(
          'pointer-events-none absolute top-1/2 size-4 -translate-y-1/2 text-muted-foreground',
          compactOnMobile ? 'left-3 sm:left-2.5' : 'left-2.5',
        )}
      />
      <select
        id={id}
        data-testid="locale-switcher"
        value={locale}
        disabled={pending}
        aria-busy={pending || undefined}
        onChange={(event) => {
          if (isLocale(event.target.value)) change(event.target.value);
        }}
        className={cn(
          fieldControlClass,
          'h-9 w-full cursor-pointer appearance-none truncate border-border py-1 pr-3 pl-8 text-sm sm:text-sm',
          compactOnMobile && 'pr-0 text-transparent sm:pr-3 sm:text-foreground [&>option]:text-foreground',
        )}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeAutonyms[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
