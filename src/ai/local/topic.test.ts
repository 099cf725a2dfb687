import { describe, expect, it } from 'vitest';
import type { CourseCandidate, DocumentLanguage } from '@/ai/provider';
import { extractTopic } from './topic';
import { extractKeywords, termStats } from './text';

const courses: CourseCandidate[] = [
  { id: 'bio', name: 'Introduction to Biology', code: 'BIO101', professor: 'Prof. Sarah Mitchell' },
  { id: 'de', name: 'Einführung in die Biologie', code: 'BIO110', professor: 'Prof. Dr. Katrin Hoffmann' },
];

function topic(text: string, language: DocumentLanguage = 'en'): string | null {
  return extractTopic({ text, language, keywords: extractKeywords(text, language), courses, stats: termStats(text, language) });
}

const body = 'Photosynthesis converts light energy into chemical energy. The chloroplast holds the thylakoid membranes where the light reactions of photosynthesis run.';

describe('extractTopic', () => {
  it('takes a title and strips its "Lecture 5:" label', () => {
    expect(topic(`Lecture 5: Photosynthesis\n${body}`)).toBe('Photosynthesis');
    expect(topic(`Vorlesung 7 – Zellatmung\nDie Zellatmung liefert ATP. Die Zellatmung findet in den Mitochondrien statt.`, 'de')).toBe('Zellatmung');
    expect(topic(`Tema 3. La fotosíntesis\nLa fotosíntesis convierte la energía luminosa.`, 'es')).toBe('La fotosíntesis');
  });

  it('skips generic lines: course header, professor, page numbers, dates, bare labels', () => {
    const text = ['BIO101 – Introduction to Biology', 'Prof. Sarah Mitchell', 'Page 1', 'March 12, 2026', 'Lecture 5', 'Photosynthesis and the light reactions', body].join('\n');
    expect(topic(text)).toBe('Photosynthesis and the light reactions');
  });

  it('falls back to the top keywords when there is no usable title', () => {
    const text = `Problem Set 3\nDue: March 12, 2026\n1. ${body}\n2. Explain why photosynthesis needs chlorophyll.`;
    const result = topic(text);
    expect(result).toMatch(/^photosynthesis, /i);
    expect(result?.split(', ').length).toBeGreaterThanOrEqual(2);
    expect(result?.split(', ').length).toBeLessThanOrEqual(3);
  });

  it('does not take a student name or a greeting for a title', () => {
    const long = `${body} `.repeat(5);
    expect(topic(`Alex Kim\n${long}`)).not.toBe('Alex Kim');
    expect(topic('Dear students,\nThe room has changed.\nBest regards')).toBeNull();
  });

  it('keeps topics short and free of characters a file name cannot hold', () => {
    const result = topic(`Cells: structure/function <overview> "basics" | part A\n${body}`);
    expect(result).not.toBeNull();
    expect(result).not.toMatch(/[/\\:*?"<>|]/);
    expect(result).toBe('Cells - structure - function overview basics - part A');
    // A first line longer than a topic is not a title; the keywords stand in.
    const fallback = topic(`The light-dependent reactions of photosynthesis in the thylakoids of algae\n${body}`);
    expect(fallback).toMatch(/^photosynthesis, /i);
    expect(fallback?.length).toBeLessThanOrEqual(60);
  });

  it('returns null for an empty document', () => {
    expect(topic('')).toBeNull();
  });
});
