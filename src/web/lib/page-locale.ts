import 'server-only';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales';

export type LocaleParams = { params: Promise<{ locale: string }> };
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Reads the `[locale]` segment, rejects unknown ones, and tells next-intl which locale renders. */
export async function pageLocale(params: LocaleParams['params']): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** The segment's locale for metadata, where an unknown one simply falls back. */
export async function metadataLocale(params: LocaleParams['params']): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : defaultLocale;
}

/** A single query value (`?error=…`), ignoring repeated keys. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
