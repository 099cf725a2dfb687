import type { profiles } from '@/db/schema';

type AcademicSystem = (typeof profiles.$inferInsert)['academicSystem'];

/** The grading system students of a country usually use; they can change it in settings. */
export function defaultAcademicSystem(country: string): AcademicSystem {
  const c = country.toUpperCase();
  if (c === 'US' || c === 'CA') return 'gpa';
  if (c === 'GB' || c === 'IE') return 'uk_honours';
  return 'ects';
}
