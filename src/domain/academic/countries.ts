import { z } from '@hono/zod-openapi';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** An ISO 3166-1 alpha-2 code that CLDR knows (not XX, ZZ or another unassigned code). */
export function isKnownCountry(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && code !== 'ZZ' && regionNames.of(code) !== undefined;
}

/** A country field: two letters, any case, known to CLDR. */
export const countrySchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/)
  .transform((c) => c.toUpperCase())
  .refine(isKnownCountry, { message: 'invalid_value' });
