import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from './locales';
import { namespaces } from './messages';

const dir = path.join(import.meta.dirname, 'messages');

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function load(locale: string, ns: string) {
  return JSON.parse(readFileSync(path.join(dir, locale, `${ns}.json`), 'utf8'));
}

describe('message catalogs', () => {
  it('every locale has exactly the namespaces of the source catalog', () => {
    for (const locale of locales) {
      expect(readdirSync(path.join(dir, locale)).sort(), locale).toEqual(namespaces.map((n) => `${n}.json`).sort());
    }
  });

  for (const ns of namespaces) {
    it(`"${ns}" has no missing or extra keys in any locale, and no empty strings`, () => {
      const source = keys(load('en-US', ns)).sort();
      for (const locale of locales) {
        const messages = load(locale, ns);
        expect(keys(messages).sort(), `${locale}/${ns}.json`).toEqual(source);
        for (const k of keys(messages)) {
          const value = k.split('.').reduce<any>((o, p) => o[p], messages);
          expect(typeof value === 'string' && value.trim().length > 0, `${locale}/${ns}:${k}`).toBe(true);
        }
      }
    });
  }

  it('placeholders match the source in every locale', () => {
    for (const ns of namespaces) {
      const src = load('en-US', ns);
      for (const locale of locales) {
        const msgs = load(locale, ns);
        for (const k of keys(src)) {
          const get = (o: any) => k.split('.').reduce<any>((x, p) => x?.[p], o) as string;
          const vars = (s: string) => [...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
          expect(vars(get(msgs)), `${locale}/${ns}:${k}`).toEqual(vars(get(src)));
        }
      }
    }
  });
});
