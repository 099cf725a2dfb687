import { describe, expect, it } from 'vitest';
import { currentTerm, parseTermValue, termLabel, termSequence, termValue, type TermDef } from './terms';

const de: TermDef[] = [
  { key: 'wintersemester', startMonth: 10, endMonth: 3, isPrimaryTerm: true },
  { key: 'sommersemester', startMonth: 4, endMonth: 9, isPrimaryTerm: true },
];
const us: TermDef[] = [
  { key: 'fall', startMonth: 8, endMonth: 12, isPrimaryTerm: true },
  { key: 'spring', startMonth: 1, endMonth: 5, isPrimaryTerm: true },
  { key: 'summer', startMonth: 6, endMonth: 8, isPrimaryTerm: false },
];
const d = (s: string) => new Date(`${s}T12:00:00Z`);

describe('academic terms', () => {
  it('finds the current term, including terms that run into the next year', () => {
    expect(currentTerm(de, d('2026-11-26'))).toEqual({ key: 'wintersemester', year: 2026 });
    expect(currentTerm(de, d('2027-02-10'))).toEqual({ key: 'wintersemester', year: 2026 });
    expect(currentTerm(de, d('2027-04-01'))).toEqual({ key: 'sommersemester', year: 2027 });
    expect(currentTerm(us, d('2026-11-26'))).toEqual({ key: 'fall', year: 2026 });
    expect(currentTerm(us, d('2027-03-01'))).toEqual({ key: 'spring', year: 2027 });
  });

  it('in a gap between primary terms, the next one to start is current', () => {
    // June and July are only covered by the (non-primary) US summer session.
    expect(currentTerm(us, d('2027-06-15'))).toEqual({ key: 'fall', year: 2027 });
  });

  it('lists terms around the current one in calendar order', () => {
    expect(termSequence(de, { key: 'wintersemester', year: 2026 }, 2, 1).map(termValue)).toEqual([
      'wintersemester-2025',
      'sommersemester-2026',
      'wintersemester-2026',
      'sommersemester-2027',
    ]);
    expect(termSequence(us, { key: 'fall', year: 2026 }, 1, 1).map(termValue)).toEqual(['spring-2026', 'fall-2026', 'spring-2027']);
  });

  it('labels and parses canonical term values', () => {
    expect(termLabel('Wintersemester', de[0], 2026)).toBe('Wintersemester 2026/27');
    expect(termLabel('Fall', us[0], 2026)).toBe('Fall 2026');
    expect(parseTermValue('fall-2026')).toEqual({ key: 'fall', year: 2026 });
    expect(parseTermValue('Fall 2026')).toBeNull();
    expect(parseTermValue('fall-1999')).toBeNull();
    expect(parseTermValue('fall-20266')).toBeNull();
  });
});
