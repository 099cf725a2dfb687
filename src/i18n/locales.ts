// The six UI locales (DESIGN.md §2). Locale is language; it never decides where data lives.
export const locales = ['en-US', 'fr-CA', 'en-GB', 'de', 'fr', 'es'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en-US';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

const countryLocale: Record<string, Locale> = {
  US: 'en-US', CA: 'en-US', GB: 'en-GB', IE: 'en-GB', MT: 'en-GB', CY: 'en-GB',
  DE: 'de', AT: 'de', CH: 'de', LI: 'de', LU: 'fr', FR: 'fr', BE: 'fr', MC: 'fr',
  ES: 'es', MX: 'es', AR: 'es', CO: 'es', CL: 'es', PE: 'es',
};

/** The locale a country suggests when nothing else (path, cookie, Accept-Language) does. */
export function localeForCountry(country: string | null | undefined): Locale | undefined {
  return country ? countryLocale[country.toUpperCase()] : undefined;
}

/** Picks the best supported locale from an Accept-Language header (exact tag, then language). */
export function matchAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const wanted = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    const exact = locales.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const lang = tag.split('-')[0]?.toLowerCase();
    if (lang === 'en') return tag.toLowerCase() === 'en-ca' ? 'en-US' : tag.toLowerCase().startsWith('en-') && tag.toLowerCase() !== 'en-us' ? 'en-GB' : 'en-US';
    if (lang === 'fr') return tag.toLowerCase() === 'fr-ca' ? 'fr-CA' : 'fr';
    const byLang = locales.find((l) => l.toLowerCase() === lang);
    if (byLang) return byLang;
  }
  return undefined;
}
