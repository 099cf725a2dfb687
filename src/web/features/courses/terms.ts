// Pure helpers over the academic reference data: the regional words and the term choices.
import type { AcademicReference, Course, CourseWord, CreditUnit, TermChoice, TermWord } from './types';

export type RegionalWords = { course: CourseWord; credit: CreditUnit; term: TermWord };

/** The words to use for a user: from the server's reference data, with US words while it loads. */
export function regionalWords(reference: AcademicReference | undefined): RegionalWords {
  return {
    course: reference?.course_word === 'module' ? 'module' : 'course',
    credit: reference?.credit_unit === 'ects' || reference?.credit_unit === 'uk_credits' ? reference.credit_unit : 'credit_hours',
    term: reference?.term_word === 'term' ? 'term' : 'semester',
  };
}

/** Which course field holds credits in this unit. */
export function creditField(unit: CreditUnit): 'credits' | 'ects_credits' {
  return unit === 'ects' ? 'ects_credits' : 'credits';
}

/** The value a course of the current term stores (a stable id such as "fall-2026"). */
export function currentTermValue(reference: AcademicReference | undefined): string | null {
  return reference?.current_term?.value ?? null;
}

/**
 * Terms to offer: the server's options (newest first, the current one among them), then terms only
 * existing courses use, each with its label.
 */
export function termChoices(reference: AcademicReference | undefined, courses: Pick<Course, 'term' | 'term_label'>[] = []): TermChoice[] {
  const out = new Map<string, string>();
  const current = currentTermValue(reference);
  if (reference && current && !reference.term_options.some((o) => o.value === current)) out.set(current, reference.current_term?.label ?? current);
  for (const o of reference?.term_options ?? []) if (!out.has(o.value)) out.set(o.value, o.label);
  const extra = courses
    .filter((c): c is Pick<Course, 'term_label'> & { term: string } => !!c.term && !out.has(c.term))
    .sort((a, b) => b.term.localeCompare(a.term));
  for (const c of extra) if (!out.has(c.term)) out.set(c.term, c.term_label || c.term);
  return [...out].map(([value, label]) => ({ value, label }));
}

/** How to show a course's term: its own label, a known choice's label, or the stored value. */
export function termLabel(course: Pick<Course, 'term' | 'term_label'>, choices: TermChoice[]): string | null {
  if (!course.term) return null;
  return course.term_label || choices.find((c) => c.value === course.term)?.label || course.term;
}
