import { describe, expect, it } from 'vitest';
import { validationIssues as issues } from '../../../tests/support/validation';
import { convertGrade, type System } from './convert-grade';
import { convertGradeInputSchema, convertGradeResultSchema } from './schemas';

const convert = (grade: string | number, from_system: System, to_system: System) => convertGrade({ grade, from_system, to_system });
const value = (grade: string | number, from: System, to: System) => convert(grade, from, to).value;


const systems: System[] = ['gpa', 'percentage', 'ects', 'uk_honours'];

describe('convertGrade: a known table point for every ordered pair', () => {
  // [from, grade, to, expected value, the table row that produced it, table name]
  const cases: [System, string | number, System, number | string, { from: string; to: string }, string][] = [
    // B+ is 3.3 points; its percent band 87 ≤ x < 90 stands for its midpoint (87 + 90) / 2 = 88.5.
    ['gpa', 'B+', 'percentage', 88.5, { from: '3.15 ≤ x < 3.50', to: '88.5 (B+)' }, 'US grade points → US letter-grade percentage bands'],
    // NC State: ECTS C = US B (3.0); going back, 2.5 ≤ x < 3.15 is nearest to C's 3.0.
    ['gpa', 3.0, 'ects', 'C', { from: '2.50 ≤ x < 3.15', to: 'C' }, 'ECTS–US GPA equivalents (NC State University)'],
    // Fulbright: 2:1 ≈ B+/A- → 3.5; halfway to its neighbours (3.0 and 4.0) gives 3.25 ≤ x < 3.75.
    ['gpa', 3.3, 'uk_honours', '2:1', { from: '3.25 ≤ x < 3.75', to: '2:1' }, 'UK classification–US GPA equivalents (Fulbright Commission)'],
    ['percentage', 85, 'gpa', 3.0, { from: '83 ≤ x < 87', to: '3.00 (B)' }, 'US letter-grade percentage bands → US grade points'],
    ['percentage', 65, 'ects', 'B', { from: '60 ≤ x < 70', to: 'B' }, 'ECTS grade bands on UK marks (Queen Mary University of London)'],
    ['percentage', 55, 'uk_honours', '2:2', { from: '50 ≤ x < 60', to: '2:2' }, 'UK degree classification bands'],
    ['ects', 'B', 'gpa', 3.3, { from: 'B', to: '3.30' }, 'ECTS–US GPA equivalents (NC State University)'],
    // QMUL: C is 50–59.9 → midpoint (50 + 60) / 2 = 55.
    ['ects', 'C', 'percentage', 55, { from: 'C', to: '55' }, 'ECTS grade bands on UK marks (Queen Mary University of London)'],
    // E is 40–44.9 → 42.5, which is a Third (40 ≤ x < 50).
    ['ects', 'E', 'uk_honours', 'Third', { from: '40 ≤ x < 50', to: 'Third' }, 'ECTS grade bands on UK marks (Queen Mary University of London) → UK degree classification bands'],
    ['uk_honours', '2:2', 'gpa', 3.0, { from: '2:2', to: '3.00' }, 'UK classification–US GPA equivalents (Fulbright Commission)'],
    // First is 70–100 → midpoint 85.
    ['uk_honours', 'First', 'percentage', 85, { from: 'First', to: '85' }, 'UK degree classification bands'],
    // First → 85 → A (70 ≤ x ≤ 100).
    ['uk_honours', 'First', 'ects', 'A', { from: '70 ≤ x ≤ 100', to: 'A' }, 'UK degree classification bands → ECTS grade bands on UK marks (Queen Mary University of London)'],
    // Identity: the input is normalised and rounded, nothing else.
    ['gpa', 'b-', 'gpa', 2.7, { from: 'B-', to: '2.70' }, 'identity'],
    ['ects', 'FX', 'ects', 'F', { from: 'fail (FX or F)', to: 'F' }, 'identity'],
    ['uk_honours', '3rd', 'uk_honours', 'Third', { from: '40 ≤ x < 50', to: 'Third' }, 'identity'],
  ];

  it.each(cases)('%s %j → %s = %j', (from, grade, to, expected, row, name) => {
    const result = convert(grade, from, to);
    expect(result.value).toBe(expected);
    expect(result.table.name).toBe(name);
    expect(result.table.rows).toContainEqual(row);
  });

  it('percentage → percentage only rounds to 1 decimal, with no table', () => {
    expect(convert(72.25, 'percentage', 'percentage')).toMatchObject({ value: 72.3, display: '72.3%', table: { name: 'identity', rows: [] } });
  });

  it('covers all 16 ordered pairs, each with its full table and a cited source', () => {
    const pairs = new Set(cases.map(([from, , to]) => `${from}>${to}`).concat('percentage>percentage'));
    expect(pairs.size).toBe(16);
    const samples: Record<System, string | number> = { gpa: 'A-', percentage: 64, ects: 'D', uk_honours: 'Upper Second' };
    for (const from of systems) {
      for (const to of systems) {
        const result = convert(samples[from], from, to);
        expect(convertGradeResultSchema.safeParse(result).success).toBe(true);
        expect(result.table.source.length).toBeGreaterThan(10);
        if (from !== to && to !== 'percentage') expect(result.table.rows.length).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('a UK mark is used as the mark itself where a mark scale applies, and as its class elsewhere', () => {
    expect(convert(72, 'uk_honours', 'percentage')).toMatchObject({ value: 72, from: { value: 72, display: '72 (First)' } });
    expect(value(42, 'uk_honours', 'ects')).toBe('E'); // the mark, 40 ≤ 42 < 45
    expect(value('Third', 'uk_honours', 'ects')).toBe('D'); // the class, by its midpoint 45
    expect(value(64, 'uk_honours', 'gpa')).toBe(3.5); // 64 → 2:1 → 3.5
  });

  it('says what it shows', () => {
    expect(convert('a-', 'gpa', 'uk_honours')).toMatchObject({ value: '2:1', display: 'Upper Second (2:1)', from: { system: 'gpa', value: 3.7, display: 'A- (3.70)' } });
    expect(convert(88, 'percentage', 'gpa')).toMatchObject({ value: 3.3, display: '3.30', from: { value: 88, display: '88%' } });
    expect(convert('Lower Second', 'uk_honours', 'percentage')).toMatchObject({ value: 55, display: '55%', from: { value: '2:2', display: 'Lower Second (2:2)' } });
  });
});

describe('convertGrade: round trips', () => {
  const letters: [string, number][] = [
    ['A+', 4.0], ['A', 4.0], ['A-', 3.7], ['B+', 3.3], ['B', 3.0], ['B-', 2.7], ['C+', 2.3],
    ['C', 2.0], ['C-', 1.7], ['D+', 1.3], ['D', 1.0], ['D-', 0.7], ['F', 0],
  ];
  it.each(letters)('gpa %s → percentage → gpa gives back %d', (letter, points) => {
    expect(value(value(letter, 'gpa', 'percentage'), 'percentage', 'gpa')).toBe(points);
  });

  it.each([
    [3.9, 4.0], // A band (3.85 and up)
    [3.6, 3.7], // A- band (3.5 to 3.85)
    [3.2, 3.3], // B+ band
    [0.2, 0], // F band
  ])('gpa %d → percentage → gpa lands on its band\'s points, %d', (points, bandPoints) => {
    expect(value(value(points, 'gpa', 'percentage'), 'percentage', 'gpa')).toBe(bandPoints);
  });

  it.each(['First', '2:1', '2:2', 'Third', 'Fail'])('uk_honours %s → percentage → uk_honours is the identity', (cls) => {
    expect(value(value(cls, 'uk_honours', 'percentage'), 'percentage', 'uk_honours')).toBe(cls);
  });

  it.each(['A', 'B', 'C', 'D', 'E', 'F'])('ects %s → percentage → ects is the identity', (letter) => {
    expect(value(value(letter, 'ects', 'percentage'), 'percentage', 'ects')).toBe(letter);
  });
});

describe('convertGrade: boundaries', () => {
  it.each([
    [100, 'First'], [70, 'First'], [69.9, '2:1'], [69.99, '2:1'], [60, '2:1'], [59.9, '2:2'],
    [50, '2:2'], [49.9, 'Third'], [40, 'Third'], [39.9, 'Fail'], [0, 'Fail'],
  ])('%d %% is %s', (percent, cls) => {
    expect(value(percent, 'percentage', 'uk_honours')).toBe(cls);
    expect(value(percent, 'uk_honours', 'uk_honours')).toBe(cls); // the same mark typed as a UK mark
  });

  it.each([
    [100, 4.0], [93, 4.0], [92.9, 3.7], [90, 3.7], [89.99, 3.3], [87, 3.3], [86.99, 3.0],
    [63, 1.0], [62.9, 0.7], [60, 0.7], [59.9, 0],
  ])('%d %% is %d GPA points', (percent, points) => {
    expect(value(percent, 'percentage', 'gpa')).toBe(points);
  });

  it.each([[70, 'A'], [69.9, 'B'], [45, 'D'], [44.9, 'E'], [40, 'E'], [39.9, 'F']])('%d %% is ECTS %s', (percent, letter) => {
    expect(value(percent, 'percentage', 'ects')).toBe(letter);
  });

  it.each([
    [3.85, 96.5], // A starts halfway between A (4.0) and A- (3.7)
    [3.84, 91.5], // A-
    [0.35, 61.5], // D- starts halfway between D- (0.7) and F (0)
    [0.34, 30], // F: midpoint of 0–60
  ])('GPA %d is %d %%', (points, percent) => {
    expect(value(points, 'gpa', 'percentage')).toBe(percent);
  });

  it.each([[4.0, 'First'], [3.75, 'First'], [3.74, '2:1'], [3.25, '2:1'], [3.24, '2:2'], [2.5, '2:2'], [2.49, 'Third'], [1.0, 'Third'], [0.99, 'Fail']])(
    'GPA %d is a %s',
    (points, cls) => expect(value(points, 'gpa', 'uk_honours')).toBe(cls),
  );

  it.each([[3.65, 'A'], [3.64, 'B'], [2.0, 'D'], [1.99, 'E'], [1.0, 'E'], [0.99, 'F']])('GPA %d is ECTS %s', (points, letter) => {
    expect(value(points, 'gpa', 'ects')).toBe(letter);
  });
});

describe('convertGrade: accepted spellings', () => {
  it.each([
    ['a-', 3.7], [' A− ', 3.7], ['A–', 3.7], ['b +', 3.3], ['A+', 4.0], ['a', 4.0], ['f', 0], ['3,5', 3.5], ['3.25', 3.25], [4, 4],
  ])('gpa %j is %d points', (grade, points) => {
    expect(convert(grade, 'gpa', 'gpa').from.value).toBe(points);
  });

  it.each([
    ['First', 'First'], ['1st', 'First'], ['first class honours', 'First'], ['FIRST', 'First'],
    ['2:1', '2:1'], ['2.1', '2:1'], ['Upper Second', '2:1'], ['Upper Second-Class Honours', '2:1'], ['Upper Second (2:1)', '2:1'],
    ['2:2', '2:2'], ['2.2', '2:2'], ['lower second', '2:2'],
    ['Third', 'Third'], ['3rd', 'Third'], ['Fail', 'Fail'],
    ['65', '2:1'], ['72%', 'First'], [39.5, 'Fail'],
  ])('uk_honours %j is %s', (grade, cls) => {
    expect(value(grade, 'uk_honours', 'uk_honours')).toBe(cls);
  });

  it.each([['fx', 'F'], [' b ', 'B'], ['E', 'E']])('ects %j is %s', (grade, letter) => {
    expect(value(grade, 'ects', 'ects')).toBe(letter);
  });

  it.each([['85%', 85], ['72,5', 72.5], [' 64.25 ', 64.3], [0, 0]])('percentage %j is %d', (grade, percent) => {
    expect(value(grade, 'percentage', 'percentage')).toBe(percent);
  });
});

describe('convertGrade: invalid input', () => {
  const outOfRange = (min: number, max: number, system: System) => [{ path: 'grade', code: 'out_of_range', params: { min, max, system } }];
  const notAllowed = (allowed: string, system: System) => [{ path: 'grade', code: 'out_of_range', params: { allowed, system } }];
  const malformed = (system: System) => [{ path: 'grade', code: 'malformed', params: { system } }];

  it.each([
    [4.1, 'gpa', outOfRange(0, 4, 'gpa')],
    ['4.3', 'gpa', outOfRange(0, 4, 'gpa')],
    [-1, 'gpa', outOfRange(0, 4, 'gpa')],
    [-1, 'percentage', outOfRange(0, 100, 'percentage')],
    [101, 'percentage', outOfRange(0, 100, 'percentage')],
    ['101%', 'percentage', outOfRange(0, 100, 'percentage')],
    [101, 'uk_honours', outOfRange(0, 100, 'uk_honours')],
    ['Z', 'ects', notAllowed('A, B, C, D, E, F', 'ects')],
    [85, 'ects', notAllowed('A, B, C, D, E, F', 'ects')],
    ['Z', 'gpa', notAllowed('A+, A, A-, B+, B, B-, C+, C, C-, D+, D, D-, F', 'gpa')],
    ['2:3', 'uk_honours', notAllowed('First, 2:1, 2:2, Third, Fail', 'uk_honours')],
    ['', 'gpa', malformed('gpa')],
    ['   ', 'uk_honours', malformed('uk_honours')],
    ['', 'ects', malformed('ects')],
    ['abc', 'percentage', malformed('percentage')],
    [Number.NaN, 'percentage', malformed('percentage')],
    [Number.NaN, 'gpa', malformed('gpa')],
    [Number.POSITIVE_INFINITY, 'gpa', malformed('gpa')],
    [Number.NEGATIVE_INFINITY, 'percentage', malformed('percentage')],
  ] as const)('%j as %s', (grade, system, expected) => {
    for (const to of systems) expect(issues(() => convert(grade, system, to))).toEqual(expected);
  });
});

describe('convertGradeInputSchema', () => {
  it('accepts a number or a short string and two systems, nothing else', () => {
    expect(convertGradeInputSchema.parse({ grade: ' 2:1 ', from_system: 'uk_honours', to_system: 'gpa' }).grade).toBe('2:1');
    expect(convertGradeInputSchema.safeParse({ grade: 3.5, from_system: 'gpa', to_system: 'ects' }).success).toBe(true);
    for (const bad of [
      { grade: '  ', from_system: 'gpa', to_system: 'ects' },
      { grade: 'x'.repeat(17), from_system: 'gpa', to_system: 'ects' },
      { grade: Number.NaN, from_system: 'gpa', to_system: 'ects' },
      { grade: 'A', from_system: 'gpa', to_system: 'ib' },
      { grade: 'A', from_system: 'gpa', to_system: 'ects', extra: 1 },
    ]) {
      expect(convertGradeInputSchema.safeParse(bad).success).toBe(false);
    }
  });
});
