// Averages a student keeps an eye on: a course grade from its assessments, credit-weighted GPA, ECTS
// and UK averages, and what is still needed on the ungraded work to reach a target.
import { gradeError, requireInRange } from './convert-grade';
import { bandOf, ectsMarkBands, gpaScale, percentScale, round, ukClassBands, ukLevelWeights, type EctsLetter, type UkClass } from './scales';

/** Weights and credits are relative, so any non-negative number will do; the cap only catches typos and overflow. */
const weightRange = { min: 0, max: 10_000 };

/** Absorbs floating-point noise such as 59.99999999999999 for an average that is exactly 60. */
const TOLERANCE = 1e-9;

/**
 * Percentage averages are truncated to 1 decimal, not rounded. UK schemes classify the unrounded
 * average (Birkbeck: a 2:1 is "60% to 69.99%"), and a 69.96 shown as "70.0" next to a 2:1 would
 * look wrong; truncating keeps the figure and its band in agreement and never overstates a grade.
 */
const truncate1 = (x: number) => Math.floor(x * 10 + TOLERANCE) / 10;
/** A needed score is a minimum, so it is rounded up: 72.51 → 72.6. */
const ceil1 = (x: number) => Math.ceil(x * 10 - TOLERANCE) / 10;

type Weighted = { value: number; weight: number };

function weightedMean(items: readonly Weighted[]): { mean: number | null; weight: number } {
  let weight = 0;
  let total = 0;
  for (const item of items) {
    weight += item.weight;
    total += item.value * item.weight;
  }
  return { mean: weight > 0 ? total / weight : null, weight };
}

// ---------------------------------------------------------------------------------------------
// Course grade and "what do I need".

/** One piece of assessed work: its relative weight and its mark in percent (null = not graded yet). */
export type Assessment = { weight: number; value: number | null };
export type CourseGrade = { percentage: number | null; gradedWeight: number; totalWeight: number };
export type Needed = { needed: number | null; achievable: boolean; alreadySecured: boolean };

/** Sums over the assessments, checking each one. `points` is Σ weight × mark over the graded ones. */
function tally(assessments: readonly Assessment[]) {
  let points = 0;
  let gradedWeight = 0;
  let totalWeight = 0;
  assessments.forEach((a, i) => {
    totalWeight += requireInRange(a.weight, weightRange, `assessments.${i}.weight`);
    if (a.value === null) return;
    points += a.weight * requireInRange(a.value, percentScale, `assessments.${i}.value`, { system: 'percentage' });
    gradedWeight += a.weight;
  });
  return { points, gradedWeight, totalWeight };
}

/** The course grade so far: the weighted mean of the graded assessments, in percent (null until something is graded). */
export function courseGrade(assessments: readonly Assessment[]): CourseGrade {
  const { points, gradedWeight, totalWeight } = tally(assessments);
  return { percentage: gradedWeight > 0 ? truncate1(points / gradedWeight) : null, gradedWeight, totalWeight };
}

/**
 * The average percentage needed on the ungraded assessments for the course to end at `target` percent.
 * needed > 100: not achievable (the figure is still returned, so the UI can say by how much).
 * needed ≤ 0: already secured, reported as 0. Nothing left ungraded: needed is null and the target
 * is simply met or not (with no assessments at all, nothing is secured).
 */
export function neededOnRemaining({ assessments, target }: { assessments: readonly Assessment[]; target: number }): Needed {
  requireInRange(target, percentScale, 'target', { system: 'percentage' });
  const { points, gradedWeight, totalWeight } = tally(assessments);
  const remaining = totalWeight - gradedWeight;
  if (remaining <= 0) {
    const met = totalWeight > 0 && points / totalWeight >= target - TOLERANCE;
    return { needed: null, achievable: met, alreadySecured: met };
  }
  // Final grade = (points + needed × remaining) / totalWeight = target, solved for needed.
  const needed = (target * totalWeight - points) / remaining;
  if (needed <= TOLERANCE) return { needed: 0, achievable: true, alreadySecured: true };
  return { needed: ceil1(needed), achievable: needed <= 100 + TOLERANCE, alreadySecured: false };
}

// ---------------------------------------------------------------------------------------------
// Credit-weighted averages, one per system.

/** Credit-weighted GPA, rounded to 2 decimals; null when no course carries credit. */
export function gpaAverage(courses: readonly { points: number; credits: number }[]): number | null {
  const { mean } = weightedMean(
    courses.map((c, i) => ({
      value: requireInRange(c.points, gpaScale, `courses.${i}.points`, { system: 'gpa' }),
      weight: requireInRange(c.credits, weightRange, `courses.${i}.credits`),
    })),
  );
  return mean === null ? null : round(mean, gpaScale.decimals);
}

export type EctsAverage = { percentage: number | null; letter: EctsLetter | null; credits: number };

/** ECTS-credit-weighted average percentage and its ECTS letter (same QMUL bands as convertGrade). */
export function ectsWeightedAverage(courses: readonly { percentage: number; ects: number }[]): EctsAverage {
  const { mean, weight } = weightedMean(
    courses.map((c, i) => ({
      value: requireInRange(c.percentage, percentScale, `courses.${i}.percentage`, { system: 'percentage' }),
      weight: requireInRange(c.ects, weightRange, `courses.${i}.ects`),
    })),
  );
  if (mean === null) return { percentage: null, letter: null, credits: weight };
  const percentage = truncate1(mean);
  return { percentage, letter: bandOf(ectsMarkBands, percentage).label, credits: weight };
}

export type UkModule = { mark: number; credits: number; level?: 5 | 6 };
export type UkResult = { mark: number | null; classification: UkClass | null; levelWeighted: boolean };

function levelWeight(level: number | undefined, path: string): number {
  if (level === undefined) return 1;
  const weight = (ukLevelWeights as Record<number, number>)[level];
  if (weight === undefined) throw gradeError(path, 'out_of_range', { min: 5, max: 6 });
  return weight;
}

/**
 * Degree average and classification. Each module counts in proportion to its credits, Level 6
 * modules twice as much as Level 5 (scales.ts, ukLevelWeights); a module without a level counts
 * once, so with no levels this is a plain credit-weighted mean.
 */
export function ukClassification(modules: readonly UkModule[]): UkResult {
  const { mean } = weightedMean(
    modules.map((m, i) => ({
      value: requireInRange(m.mark, percentScale, `modules.${i}.mark`, { system: 'uk_honours' }),
      weight: requireInRange(m.credits, weightRange, `modules.${i}.credits`) * levelWeight(m.level, `modules.${i}.level`),
    })),
  );
  const levelWeighted = modules.some((m) => m.level !== undefined);
  if (mean === null) return { mark: null, classification: null, levelWeighted };
  const mark = truncate1(mean);
  return { mark, classification: bandOf(ukClassBands, mark).label, levelWeighted };
}
