import { describe, expect, it } from 'vitest';
import { localeForCountry, matchAcceptLanguage } from './locales';

describe('locale detection', () => {
  it('matches Accept-Language by exact tag, then by language, honouring q-values', () => {
    expect(matchAcceptLanguage('fr-CA,fr;q=0.9,en;q=0.5')).toBe('fr-CA');
    expect(matchAcceptLanguage('fr-BE,fr;q=0.9')).toBe('fr');
    expect(matchAcceptLanguage('de-AT')).toBe('de');
    expect(matchAcceptLanguage('en-GB,en;q=0.8')).toBe('en-GB');
    expect(matchAcceptLanguage('en-AU')).toBe('en-GB');
    expect(matchAcceptLanguage('en')).toBe('en-US');
    expect(matchAcceptLanguage('pt-BR,es;q=0.5')).toBe('es');
    expect(matchAcceptLanguage('ja, zh;q=0.8')).toBeUndefined();
    expect(matchAcceptLanguage('de;q=0, es')).toBe('es');
  });

  it('falls back to a locale from the country', () => {
    expect(localeForCountry('DE')).toBe('de');
    expect(localeForCountry('gb')).toBe('en-GB');
    expect(localeForCountry('US')).toBe('en-US');
    expect(localeForCountry('JP')).toBeUndefined();
  });
});
