import { findAcademicSystem, listTerms, translationsByPrefix } from '@/db/queries/academic';
import type { Tx } from '@/db/client';
import type { Locale } from '@/i18n/locales';
import { AppError } from '../errors';
import type { Reference } from './schemas';
import { currentTerm, parseTermValue, termLabel, termSequence, termValue, type TermRef } from './terms';

const PAST_TERMS = 3;
const NEXT_TERMS = 1;

/** A country's academic system, terms and words, with term names in the caller's language. */
export async function getReference(tx: Tx, country: string, locale: Locale, now = new Date()): Promise<Reference> {
  const system = await findAcademicSystem(tx, country.toUpperCase());
  if (!system) throw new AppError('NOT_FOUND');
  const terms = await listTerms(tx, system.country);
  const names = await translationsByPrefix(tx, 'term.', locale);
  const nameOf = (key: string) => names.get(`term.${system.country}.${key}`) ?? names.get(`term.${key}`) ?? key;
  const defOf = (key: string) => terms.find((t) => t.termKey === key);
  const option = (ref: TermRef) => ({ value: termValue(ref), key: ref.key, label: termLabel(nameOf(ref.key), defOf(ref.key), ref.year) });
  const defs = terms.map((t) => ({ key: t.termKey, startMonth: t.startMonth, endMonth: t.endMonth, isPrimaryTerm: t.isPrimaryTerm }));
  const current = currentTerm(defs, now);
  return {
    country: system.country,
    academic_system: system.academicSystem,
    period_type: system.periodType,
    credit_unit: system.creditUnit,
    course_word: system.courseWord,
    term_word: system.termWord,
    grading_systems: system.gradingSystems,
    terms: terms.map((t) => ({ key: t.termKey, name: nameOf(t.termKey), period_type: t.periodType, start_month: t.startMonth, end_month: t.endMonth })),
    current_term: current ? option(current) : null,
    term_options: current ? termSequence(defs, current, PAST_TERMS, NEXT_TERMS).reverse().map(option) : [],
  };
}

/** Renders a stored canonical term value (`wintersemester-2026`) for display. */
export async function termLabels(tx: Tx, country: string, locale: Locale): Promise<(value: string | null) => string | null> {
  const ref = await getReference(tx, country, locale).catch(() => null);
  if (!ref) return (v) => v;
  return (value) => {
    if (!value) return null;
    const parsed = parseTermValue(value);
    const term = parsed && ref.terms.find((t) => t.key === parsed.key);
    return term ? termLabel(term.name, { startMonth: term.start_month, endMonth: term.end_month }, parsed.year) : value;
  };
}
