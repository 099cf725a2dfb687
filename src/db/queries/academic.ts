// Reference data is the same in every cell and readable by the app role itself.
import { and, eq, inArray, like } from 'drizzle-orm';
import type { RegionDb, Tx } from '../client';
import { academicSystems, academicTerms, translations } from '../schema';

type Db = RegionDb | Tx;

export async function findAcademicSystem(db: Db, country: string) {
  const [row] = await db.select().from(academicSystems).where(eq(academicSystems.country, country));
  return row;
}

export function listAcademicSystems(db: Db) {
  return db.select({ country: academicSystems.country, academicSystem: academicSystems.academicSystem }).from(academicSystems).orderBy(academicSystems.country);
}

export function listTerms(db: Db, country: string) {
  return db.select().from(academicTerms).where(eq(academicTerms.country, country)).orderBy(academicTerms.position);
}

/** Database-backed strings under a key prefix, in one locale. */
export async function translationsByPrefix(db: Db, prefix: string, locale: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ key: translations.key, value: translations.value })
    .from(translations)
    .where(and(like(translations.key, `${prefix}%`), eq(translations.locale, locale)));
  return new Map(rows.map((r) => [r.key, r.value]));
}

export async function countriesWithReference(db: Db, countries: string[]): Promise<Set<string>> {
  const rows = await db.select({ country: academicSystems.country }).from(academicSystems).where(inArray(academicSystems.country, countries));
  return new Set(rows.map((r) => r.country));
}
