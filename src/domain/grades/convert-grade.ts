// Converts one grade between the four systems a profile can use (gpa, percentage, ects, uk_honours).
// Every result carries the table it was read from, with its source, so the UI can show its working.
//
// Routes (tables in scales.ts):
//   gpa ↔ percentage         US letter grades: points ↔ percent bands
//   percentage ↔ uk_honours  UK classification bands
//   percentage ↔ ects        QMUL ECTS bands on UK marks
//   uk_honours ↔ ects        through the UK mark: class → band midpoint → ECTS band, and back
//   uk_honours ↔ gpa         Fulbright Commission UK → US guidance, both ways
//   ects ↔ gpa               NC State ECTS → US equivalences, both ways
// GPA is paired with UK and ECTS grades through a published table instead of a percentage pivot:
// a percentage means something else on each side (a UK 70 is a First, a US 70 a C-).
import { AppError } from '@/domain/errors';
import {
  bandFor,
  bandOf,
  ectsGpa,
  ectsLetterAliases,
  ectsMarkBands,
  ectsPercentiles,
  ectsPercentilesSource,
  gpaScale,
  percentScale,
  round,
  ukClassBands,
  ukClasses,
  ukClassGpa,
  usGradePoints,
  usLetterAliases,
  usPercentBands,
  type BandTable,
  type EctsLetter,
  type Scale,
  type System,
  type UkClass,
} from './scales';

export type { System } from './scales';

export type ConvertGradeInput = { grade: string | number; from_system: System; to_system: System };
export type ConversionTable = { name: string; source: string; rows: Array<{ from: string; to: string }> };
/** The input as understood: GPA points, a percentage, an ECTS letter, a UK class — or, for a UK mark, the mark. */
export type NormalisedGrade = { system: System; value: number | string; display: string };
export type GradeConversion = { value: number | string; display: string; from: NormalisedGrade; table: ConversionTable };

export function convertGrade(input: ConvertGradeInput): GradeConversion {
  const grade = parseGrade(input.grade, input.from_system);
  const { value, table } = convertTo[input.to_system](grade);
  return { value, display: displayOf[input.to_system](value), from: normalised(grade), table };
}

// ---------------------------------------------------------------------------------------------
// Errors. Shared with averages.ts; the API localises `out_of_range` and `malformed`.

type IssueParams = Record<string, string | number>;

export function gradeError(path: string, code: 'out_of_range' | 'malformed', params: IssueParams): AppError {
  return new AppError('VALIDATION_FAILED', { details: [{ path, code, params }] });
}

/** `value` if it is a finite number within `range`, else an out_of_range error carrying the range. */
export function requireInRange(value: number, range: { min: number; max: number }, path: string, params: IssueParams = {}): number {
  if (!Number.isFinite(value) || value < range.min || value > range.max) {
    throw gradeError(path, 'out_of_range', { min: range.min, max: range.max, ...params });
  }
  return value;
}

function notAllowed(system: System, allowed: readonly string[]): AppError {
  return gradeError('grade', 'out_of_range', { allowed: allowed.join(', '), system });
}

// ---------------------------------------------------------------------------------------------
// Parsing: a number or a string, per system, into one canonical grade.

type Grade =
  | { system: 'gpa'; points: number; letter: string | null }
  | { system: 'percentage'; percent: number }
  | { system: 'ects'; letter: EctsLetter }
  | { system: 'uk_honours'; cls: UkClass; mark: number | null };

function parseGrade(raw: string | number, system: System): Grade {
  // NaN and ±Infinity can't come from JSON; they mean a bug upstream rather than a grade too high.
  if (typeof raw === 'number' ? !Number.isFinite(raw) : raw.trim() === '') throw gradeError('grade', 'malformed', { system });
  return parsers[system](raw);
}

const DASHES = /[\u2010-\u2015\u2212]/g; // hyphens, en/em dashes and the Unicode minus ("A−") all mean "-"
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/; // "72", "72.5", "72,5" (decimal comma: de/fr/es users)

function token(raw: string | number): string {
  return String(raw).trim().replace(DASHES, '-').replace(/\s+/g, ' ').toLowerCase();
}
const letterToken = (raw: string | number) => token(raw).replace(/ /g, '');
/** "Upper Second-Class Honours" → "upper second", "First Class" → "first". */
const ukToken = (raw: string | number) =>
  token(raw)
    .replace(/[ -]?class\b/g, '')
    .replace(/ (honours|hons\.?)$/, '')
    .trim();

/** A number, or a numeric string (with an optional trailing % where the scale is a percentage); else null. */
function numeric(raw: string | number, percentSign: boolean): number | null {
  if (typeof raw === 'number') return raw;
  let s = raw.trim().replace(DASHES, '-');
  if (percentSign) s = s.replace(/\s*%$/, '');
  return NUMBER.test(s) ? Number(s.replace(',', '.')) : null;
}

function lookupMap<V>(entries: readonly (readonly [string, V])[], key: (s: string) => string): Map<string, V> {
  return new Map(entries.map(([name, v]) => [key(name), v]));
}

// The letters a GPA may be typed as, A+ first; each keeps its own spelling for display.
const gpaLetters = [
  ...Object.entries(usLetterAliases).map(([letter, base]) => ({ letter, points: bandFor(usGradePoints, base).value })),
  ...usGradePoints.bands.map((b) => ({ letter: b.label as string, points: b.value })),
];
const gpaLetterByToken = lookupMap(
  gpaLetters.map((l) => [l.letter, l] as const),
  letterToken,
);
const ectsByToken = lookupMap<EctsLetter>([...ectsMarkBands.bands.map((b) => [b.label, b.label] as const), ...Object.entries(ectsLetterAliases)], letterToken);
const ukByToken = lookupMap(
  ukClasses.flatMap((c) => [c.value, c.display, ...c.aliases].map((name) => [name, c.value] as const)),
  ukToken,
);

const parsers: { [S in System]: (raw: string | number) => Grade } = {
  gpa(raw) {
    const points = numeric(raw, false);
    if (points !== null) return { system: 'gpa', points: requireInRange(points, gpaScale, 'grade', { system: 'gpa' }), letter: null };
    const hit = gpaLetterByToken.get(letterToken(raw));
    if (!hit) throw notAllowed('gpa', gpaLetters.map((l) => l.letter));
    return { system: 'gpa', ...hit };
  },
  percentage(raw) {
    const percent = numeric(raw, true);
    if (percent === null) throw gradeError('grade', 'malformed', { system: 'percentage' });
    return { system: 'percentage', percent: requireInRange(percent, percentScale, 'grade', { system: 'percentage' }) };
  },
  ects(raw) {
    const letter = typeof raw === 'string' ? ectsByToken.get(letterToken(raw)) : undefined;
    if (!letter) throw notAllowed('ects', ectsMarkBands.bands.map((b) => b.label));
    return { system: 'ects', letter };
  },
  uk_honours(raw) {
    // Class names first: "2.1" is an Upper Second, not a mark of 2.1.
    const cls = typeof raw === 'string' ? ukByToken.get(ukToken(raw)) : undefined;
    if (cls) return { system: 'uk_honours', cls, mark: null };
    const mark = numeric(raw, true);
    if (mark === null) throw notAllowed('uk_honours', ukClasses.map((c) => c.value));
    requireInRange(mark, percentScale, 'grade', { system: 'uk_honours' });
    return { system: 'uk_honours', cls: bandOf(ukClassBands, mark).label, mark };
  },
};

// ---------------------------------------------------------------------------------------------
// Reading tables. Each step returns the value and the table it used.

type Converted = { value: number | string; table: ConversionTable };
type AnyTable = BandTable<string>;

const formatOn = (scale: Scale, x: number) => (scale === gpaScale ? x.toFixed(2) : String(x));

/** "90 ≤ x < 93"; the top band includes the scale's maximum. */
function rangeText(table: AnyTable, i: number): string {
  const f = (x: number) => formatOn(table.scale, x);
  const band = table.bands[i]!;
  return i === 0 ? `${f(band.min)} ≤ x ≤ ${f(table.scale.max)}` : `${f(band.min)} ≤ x < ${f(table.bands[i - 1]!.min)}`;
}

/** One row per band: its range → its label. */
const rangeRows = (table: AnyTable) => table.bands.map((b, i) => ({ from: rangeText(table, i), to: b.label }));

/** Name and sources of one table, or of a two-table chain. */
function header(tables: readonly AnyTable[]): Omit<ConversionTable, 'rows'> {
  return { name: tables.map((t) => t.name).join(' → '), source: [...new Set(tables.map((t) => t.source))].join('; ') };
}

/** number → label, e.g. 72 → First; `via` names the table the number came from (a pivot's first leg). */
function classify(table: AnyTable, x: number, via?: AnyTable): Converted {
  return {
    value: bandOf(table, x).label,
    table: { ...header(via ? [via, table] : [table]), rows: rangeRows(table) },
  };
}

/** label → number, e.g. First → 4.0; `via` names the table the label came from. */
function lookup(table: AnyTable, label: string, via?: AnyTable): Converted {
  return {
    value: round(bandFor(table, label).value, table.scale.decimals),
    table: { ...header(via ? [via, table] : [table]), rows: table.bands.map((b) => ({ from: b.label, to: formatOn(table.scale, b.value) })) },
  };
}

/** number → number through the label both tables share, e.g. 88 % → B+ → 3.3 points. */
function relabel(from: AnyTable, to: AnyTable, x: number): Converted {
  const valueOf = (label: string) => bandFor(to, label).value;
  return {
    value: round(valueOf(bandOf(from, x).label), to.scale.decimals),
    table: {
      ...header([from, to]),
      rows: from.bands.map((b, i) => ({ from: rangeText(from, i), to: `${formatOn(to.scale, valueOf(b.label))} (${b.label})` })),
    },
  };
}

function identity(grade: Grade): Converted {
  const table = (source: string, rows: ConversionTable['rows']) => ({ name: 'identity', source, rows });
  switch (grade.system) {
    case 'gpa':
      return {
        value: round(grade.points, gpaScale.decimals),
        table: table(usGradePoints.source, gpaLetters.map((l) => ({ from: l.letter, to: l.points.toFixed(2) }))),
      };
    case 'percentage':
      return { value: round(grade.percent, percentScale.decimals), table: table('No table: a percentage is checked (0–100) and rounded to 1 decimal.', []) };
    case 'ects':
      return { value: grade.letter, table: table(ectsPercentilesSource, ectsPercentiles.map((p) => ({ from: p.share, to: p.letter }))) };
    case 'uk_honours':
      return { value: grade.cls, table: table(ukClassBands.source, rangeRows(ukClassBands)) };
  }
}

/** A UK module mark is already a percentage: it passes through unchanged. */
function markAsPercentage(mark: number): Converted {
  return { value: round(mark, percentScale.decimals), table: { name: 'UK module mark (a percentage, unchanged)', source: ukClassBands.source, rows: [] } };
}

// ---------------------------------------------------------------------------------------------
// Routes, by target system.

const convertTo: { [S in System]: (grade: Grade) => Converted } = {
  gpa(g) {
    switch (g.system) {
      case 'gpa':
        return identity(g);
      case 'percentage':
        return relabel(usPercentBands, usGradePoints, g.percent);
      case 'uk_honours':
        return lookup(ukClassGpa, g.cls, g.mark === null ? undefined : ukClassBands);
      case 'ects':
        return lookup(ectsGpa, g.letter);
    }
  },
  percentage(g) {
    switch (g.system) {
      case 'gpa':
        return relabel(usGradePoints, usPercentBands, g.points);
      case 'percentage':
        return identity(g);
      case 'uk_honours':
        return g.mark === null ? lookup(ukClassBands, g.cls) : markAsPercentage(g.mark);
      case 'ects':
        return lookup(ectsMarkBands, g.letter);
    }
  },
  uk_honours(g) {
    switch (g.system) {
      case 'gpa':
        return classify(ukClassGpa, g.points);
      case 'percentage':
        return classify(ukClassBands, g.percent);
      case 'uk_honours':
        return identity(g);
      case 'ects':
        return classify(ukClassBands, bandFor(ectsMarkBands, g.letter).value, ectsMarkBands);
    }
  },
  ects(g) {
    switch (g.system) {
      case 'gpa':
        return classify(ectsGpa, g.points);
      case 'percentage':
        return classify(ectsMarkBands, g.percent);
      case 'uk_honours':
        // A mark is placed directly (42 → E); a class stands for its band midpoint (Third → 45 → D).
        return g.mark === null ? classify(ectsMarkBands, bandFor(ukClassBands, g.cls).value, ukClassBands) : classify(ectsMarkBands, g.mark);
      case 'ects':
        return identity(g);
    }
  },
};

// ---------------------------------------------------------------------------------------------
// Display.

const ukDisplay = (cls: number | string) => ukClasses.find((c) => c.value === cls)?.display ?? String(cls);

const displayOf: { [S in System]: (value: number | string) => string } = {
  gpa: (v) => Number(v).toFixed(2),
  percentage: (v) => `${v}%`,
  ects: (v) => String(v),
  uk_honours: ukDisplay,
};

function normalised(g: Grade): NormalisedGrade {
  switch (g.system) {
    case 'gpa':
      return { system: g.system, value: g.points, display: g.letter ? `${g.letter} (${displayOf.gpa(g.points)})` : displayOf.gpa(g.points) };
    case 'percentage':
      return { system: g.system, value: g.percent, display: displayOf.percentage(g.percent) };
    case 'ects':
      return { system: g.system, value: g.letter, display: g.letter };
    case 'uk_honours':
      return g.mark === null
        ? { system: g.system, value: g.cls, display: ukDisplay(g.cls) }
        : { system: g.system, value: g.mark, display: `${g.mark} (${ukDisplay(g.cls)})` };
  }
}
