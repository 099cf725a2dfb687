'use client';

import { Monitor, Moon, Sun } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useSyncExternalStore } from 'react';
import { Button } from '@/web/components/ui/button';
import { applyTheme, isThemePreference, THEME_STORAGE_KEY, themePreferences, type ThemePreference } from './theme';

const CHANGE_EVENT = 'courseflow-theme-change';

function readPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return isThemePreference(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function savePreference(preference: ThemePreference): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Private browsing may refuse storage; the choice still applies to this page.
  }
  applyTheme(preference);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

const icons = { light: Sun, dark: Moon, system: Monitor } as const;

/** Cycles light → dark → system. The button's name states the current choice. */
export function ThemeToggle() {
  const t = useTranslations('common.theme');
  const preference = useSyncExternalStore(subscribe, readPreference, () => 'system' as const);

  useEffect(() => {
    applyTheme(preference);
    if (preference !== 'system') return;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [preference]);

  const next = themePreferences[(themePreferences.indexOf(preference) + 1) % themePreferences.length]!;
  const Icon = icons[preference];
  const label = t('label', { theme: t(preference) });
  return (
    <Button
      variant="ghost"
      size="icon"
      data-testid="theme-toggle"
      data-theme-preference={preference}
      aria-label={label}
      title={`${label} → ${t(next)}`}
      onClick={() => savePreference(next)}
    >
      <Icon aria-hidden />
    </Button>
  );
}
