// The grading scales CourseFlow converts between, as data. Every table says where it comes from.
//
// One thing shapes every table below: a percentage is not a universal scale. 70 is a First in the UK
// and a C- in the US. So each table is pinned to the scale it was published on ("US percent",
// "UK mark", "GPA points"), and convert-grade.ts pairs two systems through a table published for
// exactly that pair. It never chains a US table with a UK one: that would turn a First into a C-.
import type { academicSystems } from '@/domain/profile/schemas';

export type System = (typeof academicSystems)[number];

/** The numeric axis a table is published on: its range and how many decimals a result keeps. */
export type Scale = { readonly min: number; readonly max: number; readonly decimals: number };

export const gpaScale: Scale = { min: 0, max: 4, decimals: 2 };
export const percentScale: Scale = { min: 0, max: 100, decimals: 1 };

export type Band<L extends string> = {
  readonly label: L;
  /** Inclusive lower bound. A band runs up to the next better band's `min` (exclusive); the top band runs up to the scale's max (inclusive). */
  readonly min: number;
  /** The one number that stands for the whole band when a label is converted to a number. */
  readonly value: number;
};

/** Labels (letters, classes) laid out on one numeric scale, best band first. */
export type BandTable<L extends string> = {
  readonly name: string;
  readonly source: string;
  readonly scale: Scale;
  readonly bands: readonly Band<L>[];
};

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * factor) / factor;
}

/**
 * A table published as lower bounds (e.g. "First: 70 and above"). A label converts to its band's
 * midpoint: the published tables give ranges, not a typical mark, and the midpoint is the only
 * choice that round-trips (class → mark → class) and favours neither end of the band.
 */
function fromLowerBounds<L extends string>(name: string, source: string, scale: Scale, rows: readonly (readonly [L, number])[]): BandTable<L> {
  const bands = rows.map(([label, min], i) => {
    const upper = i === 0 ? scale.max : rows[i - 1]![1];
    return { label, min, value: round((min + upper) / 2, 2) };
  });
  return { name, source, scale, bands };
}

/**
 * A table published as one value per label (e.g. "B+ = 3.3"). A number converts to the label whose
 * value is nearest: the boundary between two neighbours sits halfway between their values.
 */
function fromValues<L extends string>(name: string, source: string, scale: Scale, rows: readonly (readonly [L, number])[]): BandTable<L> {
  const bands = rows.map(([label, value], i) => {
    const next = rows[i + 1];
    return { label, value, min: next ? round((value + next[1]) / 2, 4) : scale.min };
  });
  return { name, source, scale, bands };
}

/** The band a number falls in. The number must already be within the table's scale. */
export function bandOf<L extends string>(table: BandTable<L>, x: number): Band<L> {
  return table.bands.find((band) => x >= band.min) ?? table.bands[table.bands.length - 1]!;
}

export function bandFor<L extends string>(table: BandTable<L>, label: L): Band<L> {
  const band = table.bands.find((b) => b.label === label);
  if (!band) throw new Error(`${table.name} has no band ${label}`);
  return band;
}

// ---------------------------------------------------------------------------------------------
// United States: letter grades, grade points, percentages.

export type UsLetter = 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-' | 'D+' | 'D' | 'D-' | 'F';

const FISHER_GRADING =
  'Fisher College (Boston), "Grading System", academic policies (undated web page), http://www.fisher.edu/academics/academic-policies/grading-system';

// Points per letter. Source: Fisher College's registrar table; College Board BigFuture, "How to Convert
// Your GPA to a 4.0 Scale", gives the same points for A+ to D (its table has no D-), and both cap
// A+ at 4.0, which is also this app's ceiling (a few schools give A+ 4.3; we don't).
// A number converts to the nearest letter, so the letter bands are the midpoints between points
// (A from 3.85, A- from 3.5, ...) — the same cut-offs registrars use to turn a GPA back into a letter.
export const usGradePoints = fromValues<UsLetter>('US grade points', `${FISHER_GRADING}; points as in College Board BigFuture, "How to Convert Your GPA to a 4.0 Scale"`, gpaScale, [
  ['A', 4.0],
  ['A-', 3.7],
  ['B+', 3.3],
  ['B', 3.0],
  ['B-', 2.7],
  ['C+', 2.3],
  ['C', 2.0],
  ['C-', 1.7],
  ['D+', 1.3],
  ['D', 1.0],
  ['D-', 0.7],
  ['F', 0],
]);

/** A+ is accepted on input and is worth exactly what an A is worth on a 4.0 scale. */
export const usLetterAliases: Readonly<Record<string, UsLetter>> = { 'A+': 'A' };

// Percent bands per letter: the plus/minus thirds of the usual 10-point scale (A 93–100 … D- 60–62,
// F below 60), exactly as in Fisher College's table. College Board's own percent column differs at
// the bottom (D 65–66, F below 65) and is not used.
export const usPercentBands = fromLowerBounds<UsLetter>('US letter-grade percentage bands', FISHER_GRADING, percentScale, [
  ['A', 93],
  ['A-', 90],
  ['B+', 87],
  ['B', 83],
  ['B-', 80],
  ['C+', 77],
  ['C', 73],
  ['C-', 70],
  ['D+', 67],
  ['D', 63],
  ['D-', 60],
  ['F', 0],
]);

// ---------------------------------------------------------------------------------------------
// United Kingdom: honours classifications on module marks.

export type UkClass = 'First' | '2:1' | '2:2' | 'Third' | 'Fail';

const BIRKBECK_CALCULATION =
  'Birkbeck, University of London, "Degree calculation" (undated web page), https://www.bbk.ac.uk/student-services/exams/degree-calculation';

// Classification by mark: First 70+, 2:1 60–69.99, 2:2 50–59.99, Third 40–49.99, below 40 fail, as
// published by Birkbeck. The QAA's Frameworks for Higher Education Qualifications (FHEQ, 2014) define
// the qualification levels but no mark boundaries; each university sets those, and 70/60/50/40 is the
// near-universal convention. A mark is classified as given — 69.99 is a 2:1, not rounded up (Birkbeck's
// "60% to 69.99%").
export const ukClassBands = fromLowerBounds<UkClass>('UK degree classification bands', `${BIRKBECK_CALCULATION}; boundaries are set by each university (QAA, FHEQ 2014, sets none)`, percentScale, [
  ['First', 70],
  ['2:1', 60],
  ['2:2', 50],
  ['Third', 40],
  ['Fail', 0],
]);

/** Canonical classes, how to show them, and the spellings people type (compared lower-case, see convert-grade.ts). */
export const ukClasses: readonly { value: UkClass; display: string; aliases: readonly string[] }[] = [
  { value: 'First', display: 'First', aliases: ['first', '1st'] },
  { value: '2:1', display: 'Upper Second (2:1)', aliases: ['2:1', '2.1', '2-1', '2/1', 'ii:1', 'ii.1', 'upper second', 'upper 2nd'] },
  { value: '2:2', display: 'Lower Second (2:2)', aliases: ['2:2', '2.2', '2-2', '2/2', 'ii:2', 'ii.2', 'lower second', 'lower 2nd'] },
  { value: 'Third', display: 'Third', aliases: ['third', '3rd'] },
  { value: 'Fail', display: 'Fail', aliases: ['fail', 'failed'] },
];

// Degree average: Level 5 modules count once and Level 6 modules twice, each in proportion to its
// credits — Birkbeck's algorithm for BA/BSc (Level 4 counts 0 and is not modelled). With 120 credits
// at each level this equals the other common wording, "one third Level 5 average, two thirds Level 6
// average" (e.g. Keele). A module without a level counts once.
export const ukLevelWeights = { 5: 1, 6: 2 } as const;
export const ukLevelWeightsSource = BIRKBECK_CALCULATION;

// US-UK Fulbright Commission, "How to Convert UK Results to a US GPA" (advice for UK graduates
// applying to US universities; undated web page). Its guidance, also what WES-style evaluations
// report: First ≈ A (4.0), 2:1 ≈ B+/A- (3.3–3.7), 2:2 ≈ B (3.0), Third ≈ C (2.0–2.3), fail F.
// It gives letters and ranges, so we pick one value per class: the points of the letter it names,
// and for the 2:1, which it places between B+ and A-, the midpoint 3.5. The commission's page could
// not be re-read in full when this was written; these are its figures as commonly reproduced.
// GPA → class uses the same table the other way round (nearest value), so A → First, A-/B+ → 2:1,
// B/B- → 2:2, C+ … D → Third, D- and F → Fail.
export const ukClassGpa = fromValues<UkClass>(
  'UK classification–US GPA equivalents (Fulbright Commission)',
  'US-UK Fulbright Commission, "How to Convert UK Results to a US GPA" (undated web page), http://fulbright.org.uk/study-in-the-usa/postgraduate-study/applying/transcript — First ≈ A, 2:1 ≈ B+/A-, 2:2 ≈ B, Third ≈ C; one value per class: First 4.0, 2:1 3.5, 2:2 3.0, Third 2.0, Fail 0',
  gpaScale,
  [
    ['First', 4.0],
    ['2:1', 3.5],
    ['2:2', 3.0],
    ['Third', 2.0],
    ['Fail', 0],
  ],
);

// ---------------------------------------------------------------------------------------------
// ECTS letter grades.

export type EctsLetter = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

const ECTS_USERS_GUIDE = "European Commission, ECTS Users' Guide (2009 edition), ECTS grading scale";

// What the letters officially mean: ranks among the students who passed, not marks. ECTS Users'
// Guide (European Commission, 2009): A best 10 %, B next 25 %, C next 30 %, D next 25 %, E next 10 %;
// FX and F are fails. (The 2015 edition replaces the letters with per-programme grade distribution
// tables.) So every fixed mark ↔ letter table below is an approximation of a cohort-relative grade.
export const ectsPercentiles: readonly { letter: EctsLetter; share: string }[] = [
  { letter: 'A', share: 'best 10 % of passing students' },
  { letter: 'B', share: 'next 25 %' },
  { letter: 'C', share: 'next 30 %' },
  { letter: 'D', share: 'next 25 %' },
  { letter: 'E', share: 'next 10 %' },
  { letter: 'F', share: 'fail (FX or F)' },
];
export const ectsPercentilesSource = ECTS_USERS_GUIDE;

/** FX ("fail, some more work required") is a fail like F; this app keeps one fail letter. */
export const ectsLetterAliases: Readonly<Record<string, EctsLetter>> = { FX: 'F' };

// ECTS letter ↔ UK mark, as a UK university publishes it for converting grades from Erasmus+
// partners: Queen Mary University of London, "Credit transfer and grade conversion", ECTS column —
// A 70–100, B 60–69.9, C 50–59.9, D 45–49.9, E 40–44.9, FX 30–39.9, F 0–29.9 (FX and F merged).
// Used for ECTS ↔ UK and ECTS ↔ percentage. Other UK tables differ (Exeter, for one, starts C at 55),
// which is expected for a cohort-relative scale.
export const ectsMarkBands = fromLowerBounds<EctsLetter>(
  'ECTS grade bands on UK marks (Queen Mary University of London)',
  'Queen Mary University of London, "Credit transfer and grade conversion", Erasmus+ guidance (undated web page), https://www.qmul.ac.uk/international/global-opportunities/outgoing-students/erasmus-within-europe/credit-transfer-and-grade-conversion/ — FX (30–39.9) merged into F',
  percentScale,
  [
    ['A', 70],
    ['B', 60],
    ['C', 50],
    ['D', 45],
    ['E', 40],
    ['F', 0],
  ],
);

// ECTS letter → US grade: NC State University Study Abroad Office, "Europe Grade Equivalencies":
// A = A, B = B+, C = B, D = C, E = C, FX/F = F. Used instead of pivoting through a percentage, which
// would read the ECTS A (70+ on UK marks) as a US C-. GPA → ECTS runs the table backwards (nearest
// value): D and E share 2.0, so 2.0–2.49 is D and 1.0–1.99 (C- to D) is E.
export const ectsGpa = fromValues<EctsLetter>(
  'ECTS–US GPA equivalents (NC State University)',
  'NC State University Study Abroad Office, "Europe Grade Equivalencies" (undated web page), https://studyabroad.ncsu.edu/europe-grade-equivalencies — A = A, B = B+, C = B, D = C, E = C, F = F',
  gpaScale,
  [
    ['A', 4.0],
    ['B', 3.3],
    ['C', 3.0],
    ['D', 2.0],
    ['E', 2.0],
    ['F', 0],
  ],
);
