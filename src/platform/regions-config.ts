// The cells come from configuration (config/regions.json or REGIONS_CONFIG), never from code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { env } from './env';

const regionSchema = z.object({
  id: z.string().regex(/^[a-z]+(-[a-z0-9]+)+$/),
  names: z.record(z.string(), z.string()),
  countries: z.array(z.string().length(2)),
  locales: z.array(z.string()),
});

const configSchema = z.object({
  defaultRegion: z.string(),
  regions: z.array(regionSchema).min(1),
});

export type RegionConfig = z.infer<typeof regionSchema>;

function load() {
  const file = path.resolve(env.REGIONS_CONFIG);
  const parsed = configSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.regions.some((r) => r.id === parsed.defaultRegion)) {
    throw new Error(`defaultRegion ${parsed.defaultRegion} is not one of the configured regions`);
  }
  return parsed;
}

export const regionsConfig = load();
export const regionIds: readonly string[] = regionsConfig.regions.map((r) => r.id);

const byCountry = new Map<string, string>();
for (const r of regionsConfig.regions) for (const c of r.countries) byCountry.set(c, r.id);

/** The home region for a country of residence: listed countries map to their cell, all others to the default. */
export function regionForCountry(country: string): string {
  return byCountry.get(country.toUpperCase()) ?? regionsConfig.defaultRegion;
}

export function isRegionId(value: string): boolean {
  return regionIds.includes(value);
}

export function regionName(regionId: string, locale: string): string {
  const r = regionsConfig.regions.find((x) => x.id === regionId);
  if (!r) return regionId;
  return r.names[locale] ?? r.names['en-US'] ?? regionId;
}
