import { describe, expect, it } from 'vitest';
import { validationIssues as issues } from '../../../tests/support/validation';
import { courseGrade, ectsWeightedAverage, gpaAverage, neededOnRemaining, ukClassification, type UkModule } from './averages';


describe('courseGrade', () => {
  it('is the weighted mean of the graded assessments only', () => {
    const result = courseGrade([
      { weight: 20, value: 80 },
      { weight: 30, value: 65 },
      { weight: 50, value: null }, // final exam, not sat yet
    ]);
    // (20 × 80 + 30 × 65) / (20 + 30) = (1600 + 1950) / 50 = 3550 / 50 = 71
    expect(result).toEqual({ percentage: 71, gradedWeight: 50, totalWeight: 100 });
  });

  it('takes weights as relative', () => {
    // (1 × 90 + 2 × 60) / 3 = 210 / 3 = 70
    expect(courseGrade([{ weight: 1, value: 90 }, { weight: 2, value: 60 }]).percentage).toBe(70);
    // (1 × 70 + 2 × 65) / 3 = 200 / 3 = 66.666… → truncated to 66.6
    expect(courseGrade([{ weight: 1, value: 70 }, { weight: 2, value: 65 }]).percentage).toBe(66.6);
  });

  it('is null until something is graded', () => {
    expect(courseGrade([{ weight: 40, value: null }])).toEqual({ percentage: null, gradedWeight: 0, totalWeight: 40 });
    expect(courseGrade([])).toEqual({ percentage: null, gradedWeight: 0, totalWeight: 0 });
  });

  it('rejects negative weights and marks outside 0–100', () => {
    expect(issues(() => courseGrade([{ weight: 10, value: 50 }, { weight: -5, value: 50 }]))).toEqual([
      { path: 'assessments.1.weight', code: 'out_of_range', params: { min: 0, max: 10_000 } },
    ]);
    expect(issues(() => courseGrade([{ weight: 10, value: 101 }]))).toEqual([
      { path: 'assessments.0.value', code: 'out_of_range', params: { min: 0, max: 100, system: 'percentage' } },
    ]);
    expect(issues(() => courseGrade([{ weight: Number.NaN, value: 50 }]))?.[0]?.path).toBe('assessments.0.weight');
  });
});

describe('neededOnRemaining', () => {
  const assessments = [
    { weight: 20, value: 80 },
    { weight: 30, value: 65 },
    { weight: 50, value: null },
  ];
  // Graded so far: 20 × 80 + 30 × 65 = 3550 weighted points; 50 of 100 weight still to come.

  it('finds the average needed on the rest', () => {
    // (70 × 100 − 3550) / 50 = 3450 / 50 = 69
    expect(neededOnRemaining({ assessments, target: 70 })).toEqual({ needed: 69, achievable: true, alreadySecured: false });
  });

  it('rounds the needed score up, since it is a minimum', () => {
    // 30 × 73 = 2190 graded, 70 to come: (70 × 100 − 2190) / 70 = 4810 / 70 = 68.714… → 68.8
    const result = neededOnRemaining({ assessments: [{ weight: 30, value: 73 }, { weight: 70, value: null }], target: 70 });
    expect(result).toEqual({ needed: 68.8, achievable: true, alreadySecured: false });
  });

  it('is not achievable above 100, and says by how much', () => {
    // (90 × 100 − 3550) / 50 = 5450 / 50 = 109
    expect(neededOnRemaining({ assessments, target: 90 })).toEqual({ needed: 109, achievable: false, alreadySecured: false });
  });

  it('exactly 100 is still achievable', () => {
    // (100 × 100 − 50 × 100) / 50 = 5000 / 50 = 100
    const result = neededOnRemaining({ assessments: [{ weight: 50, value: 100 }, { weight: 50, value: null }], target: 100 });
    expect(result).toEqual({ needed: 100, achievable: true, alreadySecured: false });
  });

  it('is already secured at or below 0', () => {
    // (35 × 100 − 3550) / 50 = −50 / 50 = −1 → secured, reported as 0
    expect(neededOnRemaining({ assessments, target: 35 })).toEqual({ needed: 0, achievable: true, alreadySecured: true });
    // (35.5 × 100 − 3550) / 50 = 0 / 50 = 0 → secured
    expect(neededOnRemaining({ assessments, target: 35.5 })).toEqual({ needed: 0, achievable: true, alreadySecured: true });
  });

  it('with nothing left to grade, the target is simply met or not', () => {
    const done = [{ weight: 50, value: 80 }, { weight: 50, value: 60 }]; // (4000 + 3000) / 100 = 70
    expect(neededOnRemaining({ assessments: done, target: 70 })).toEqual({ needed: null, achievable: true, alreadySecured: true });
    expect(neededOnRemaining({ assessments: done, target: 70.1 })).toEqual({ needed: null, achievable: false, alreadySecured: false });
    expect(neededOnRemaining({ assessments: [], target: 50 })).toEqual({ needed: null, achievable: false, alreadySecured: false });
  });

  it('rejects a target outside 0–100', () => {
    expect(issues(() => neededOnRemaining({ assessments, target: 120 }))).toEqual([
      { path: 'target', code: 'out_of_range', params: { min: 0, max: 100, system: 'percentage' } },
    ]);
  });
});

describe('gpaAverage', () => {
  it('weights each course by its credit hours', () => {
    const courses = [
      { points: 4.0, credits: 3 }, // A
      { points: 3.3, credits: 4 }, // B+
      { points: 2.7, credits: 3 }, // B-
      { points: 3.7, credits: 1 }, // A-
    ];
    // (4.0 × 3 + 3.3 × 4 + 2.7 × 3 + 3.7 × 1) / (3 + 4 + 3 + 1) = (12 + 13.2 + 8.1 + 3.7) / 11 = 37 / 11 = 3.3636… → 3.36
    expect(gpaAverage(courses)).toBe(3.36);
  });

  it('is not the plain mean of the grades', () => {
    // plain mean: (4.0 + 2.0) / 2 = 3.0; by credits: (4.0 × 1 + 2.0 × 4) / 5 = 12 / 5 = 2.4
    expect(gpaAverage([{ points: 4.0, credits: 1 }, { points: 2.0, credits: 4 }])).toBe(2.4);
  });

  it('is null with no credits', () => {
    expect(gpaAverage([])).toBeNull();
    expect(gpaAverage([{ points: 3.0, credits: 0 }])).toBeNull();
  });

  it('rejects points above 4.0', () => {
    expect(issues(() => gpaAverage([{ points: 4.3, credits: 3 }]))).toEqual([
      { path: 'courses.0.points', code: 'out_of_range', params: { min: 0, max: 4, system: 'gpa' } },
    ]);
  });
});

describe('ectsWeightedAverage', () => {
  it('weights each course by its ECTS credits and gives the ECTS letter of the average', () => {
    const courses = [
      { percentage: 72, ects: 6 },
      { percentage: 58, ects: 5 },
      { percentage: 65, ects: 10 },
      { percentage: 48, ects: 3 },
    ];
    // (72 × 6 + 58 × 5 + 65 × 10 + 48 × 3) / (6 + 5 + 10 + 3) = (432 + 290 + 650 + 144) / 24 = 1516 / 24 = 63.166… → 63.1
    // 60 ≤ 63.1 < 70 → B (QMUL bands)
    expect(ectsWeightedAverage(courses)).toEqual({ percentage: 63.1, letter: 'B', credits: 24 });
  });

  it('truncates, so the figure shown and its letter agree', () => {
    // (70 × 5 + 69.9 × 5) / 10 = 699.5 / 10 = 69.95 → 69.9, a B (rounding would show 70.0 next to a B)
    expect(ectsWeightedAverage([{ percentage: 70, ects: 5 }, { percentage: 69.9, ects: 5 }])).toEqual({ percentage: 69.9, letter: 'B', credits: 10 });
  });

  it('is empty with no credits', () => {
    expect(ectsWeightedAverage([])).toEqual({ percentage: null, letter: null, credits: 0 });
  });
});

describe('ukClassification', () => {
  it('without levels, is the plain credit-weighted mean', () => {
    const modules: UkModule[] = [
      { mark: 68, credits: 20 },
      { mark: 72, credits: 40 },
      { mark: 55, credits: 20 },
      { mark: 61, credits: 40 },
    ];
    // (68 × 20 + 72 × 40 + 55 × 20 + 61 × 40) / 120 = (1360 + 2880 + 1100 + 2440) / 120 = 7780 / 120 = 64.833… → 64.8 → 2:1
    expect(ukClassification(modules)).toEqual({ mark: 64.8, classification: '2:1', levelWeighted: false });
  });

  const year2 = [
    { mark: 50, credits: 60 },
    { mark: 54, credits: 60 },
  ];
  const year3 = [
    { mark: 62, credits: 60 },
    { mark: 66, credits: 60 },
  ];

  it('with levels, counts Level 6 twice as much as Level 5', () => {
    const modules: UkModule[] = [...year2.map((m) => ({ ...m, level: 5 as const })), ...year3.map((m) => ({ ...m, level: 6 as const }))];
    // Level 5: 50 × 60 + 54 × 60 = 3000 + 3240 = 6240 over 120 credits, weight 1
    // Level 6: 62 × 60 + 66 × 60 = 3720 + 3960 = 7680 over 120 credits, weight 2
    // (6240 + 2 × 7680) / (120 + 2 × 120) = (6240 + 15360) / 360 = 21600 / 360 = 60.0 → 2:1
    expect(ukClassification(modules)).toEqual({ mark: 60, classification: '2:1', levelWeighted: true });
  });

  it('the same modules without levels fall to a 2:2', () => {
    // (6240 + 7680) / 240 = 13920 / 240 = 58.0 → 2:2
    expect(ukClassification([...year2, ...year3])).toEqual({ mark: 58, classification: '2:2', levelWeighted: false });
  });

  it('weights each module by credits within a level', () => {
    const modules: UkModule[] = [
      { mark: 58, credits: 60, level: 5 },
      { mark: 64, credits: 60, level: 5 },
      { mark: 68, credits: 40, level: 6 },
      { mark: 71, credits: 80, level: 6 },
    ];
    // Level 5: 58 × 60 + 64 × 60 = 3480 + 3840 = 7320, weight 120
    // Level 6: 2 × (68 × 40 + 71 × 80) = 2 × (2720 + 5680) = 16800, weight 2 × 120 = 240
    // (7320 + 16800) / 360 = 24120 / 360 = 67.0 → 2:1
    expect(ukClassification(modules)).toEqual({ mark: 67, classification: '2:1', levelWeighted: true });
  });

  it('does not round 69.99 up to a First', () => {
    // 69.99 × 120 / 120 = 69.99 → shown 69.9 → 2:1
    expect(ukClassification([{ mark: 69.99, credits: 120 }])).toEqual({ mark: 69.9, classification: '2:1', levelWeighted: false });
    expect(ukClassification([{ mark: 70, credits: 120 }]).classification).toBe('First');
  });

  it('is empty with no credits, and rejects bad marks and levels', () => {
    expect(ukClassification([])).toEqual({ mark: null, classification: null, levelWeighted: false });
    expect(issues(() => ukClassification([{ mark: 101, credits: 20 }]))).toEqual([
      { path: 'modules.0.mark', code: 'out_of_range', params: { min: 0, max: 100, system: 'uk_honours' } },
    ]);
    expect(issues(() => ukClassification([{ mark: 60, credits: 20, level: 4 as unknown as 5 }]))).toEqual([
      { path: 'modules.0.level', code: 'out_of_range', params: { min: 5, max: 6 } },
    ]);
  });
});
