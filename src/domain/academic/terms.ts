// Academic terms as calendar arithmetic: which term is current, and canonical term values
// (`<term key>-<year the term starts>`, e.g. `wintersemester-2026`) that render per locale.

export type TermDef = { key: string; startMonth: number; endMonth: number; isPrimaryTerm: boolean };
export type TermRef = { key: string; year: number };

const TERM_VALUE_RE = /^([a-z0-9_]+)-(\d{4})$/;
export const TERM_YEAR_MIN = 2000;
export const TERM_YEAR_MAX = 2100;

export function termValue(t: TermRef): string {
  return `${t.key}-${t.year}`;
}

export function parseTermValue(value: string): TermRef | null {
  const m = TERM_VALUE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[2]);
  return year >= TERM_YEAR_MIN && year <= TERM_YEAR_MAX ? { key: m[1]!, year } : null;
}

const wraps = (t: TermDef) => t.startMonth > t.endMonth;

function contains(t: TermDef, month: number): boolean {
  return wraps(t) ? month >= t.startMonth || month <= t.endMonth : month >= t.startMonth && month <= t.endMonth;
}

/** The primary term that contains the date, else the next one to start. */
export function currentTerm(terms: TermDef[], date: Date): TermRef | null {
  const primary = terms.filter((t) => t.isPrimaryTerm);
  if (primary.length === 0) return null;
  const month = date.getUTCMonth() + 1;
  const year = date.getUTCFullYear();
  const now = primary.find((t) => contains(t, month));
  if (now) return { key: now.key, year: wraps(now) && month <= now.endMonth ? year - 1 : year };
  const upcoming = [...primary].sort((a, b) => ((a.startMonth - month + 12) % 12) - ((b.startMonth - month + 12) % 12))[0]!;
  return { key: upcoming.key, year: upcoming.startMonth >= month ? year : year + 1 };
}

/** Primary terms in calendar order around `from`: `before` earlier ones, it, `after` later ones. */
export function termSequence(terms: TermDef[], from: TermRef, before: number, after: number): TermRef[] {
  const primary = terms.filter((t) => t.isPrimaryTerm).sort((a, b) => a.startMonth - b.startMonth);
  const index = primary.findIndex((t) => t.key === from.key);
  if (index < 0) return [from];
  const out: TermRef[] = [];
  for (let offset = -before; offset <= after; offset++) {
    const i = index + offset;
    const yearShift = Math.floor(i / primary.length);
    const def = primary[((i % primary.length) + primary.length) % primary.length]!;
    out.push({ key: def.key, year: from.year + yearShift });
  }
  return out;
}

/** "Fall 2026", or "Wintersemester 2026/27" for a term that runs into the next year. */
export function termLabel(name: string, def: Pick<TermDef, 'startMonth' | 'endMonth'> | undefined, year: number): string {
  return def && def.startMonth > def.endMonth ? `${name} ${year}/${String((year + 1) % 100).padStart(2, '0')}` : `${name} ${year}`;
}
