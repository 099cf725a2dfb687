import type { Locale } from '@/i18n/locales';

/** Each UI locale named in its own language, so a reader finds theirs whatever the page's language. */
export const localeAutonyms: Record<Locale, string> = {
  'en-US': 'English (United States)',
  'fr-CA': 'Français (Canada)',
  'en-GB': 'English (United Kingdom)',
  de: 'Deutsch',
  fr: 'Français (France)',
  es: 'Español',
};
