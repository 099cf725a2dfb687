import { describe, expect, it } from 'vitest';
import { COURSE_PALETTE, suggestCourseStyle } from './suggest-course-style';

describe('course style suggestions', () => {
  it('picks a subject emoji from cues in each language', () => {
    expect(suggestCourseStyle('Calculus II').emoji).toBe('📐');
    expect(suggestCourseStyle('Lineare Algebra').emoji).toBe('📐');
    expect(suggestCourseStyle('Algorithmen und Datenstrukturen').emoji).toBe('💻');
    expect(suggestCourseStyle('Droit constitutionnel').emoji).toBe('⚖️');
    expect(suggestCourseStyle('Química orgánica').emoji).toBe('⚗️');
    expect(suggestCourseStyle('Underwater basket weaving').emoji).toBe('📘');
  });

  it('finds a course code in the name and gives a stable palette colour', () => {
    expect(suggestCourseStyle('CS101 Intro to Computing').code).toBe('CS101');
    expect(suggestCourseStyle('MATH 221 Calculus').code).toBe('MATH221');
    expect(suggestCourseStyle('History of Art').code).toBeNull();
    const a = suggestCourseStyle('History of Art').color;
    expect(COURSE_PALETTE).toContain(a);
    expect(suggestCourseStyle('History of Art').color).toBe(a);
  });
});
