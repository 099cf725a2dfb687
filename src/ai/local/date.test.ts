import { describe, expect, it } from 'vitest';
import { extractDate } from './date';

describe('extractDate', () => {
  it.each([
    ['2026-03-12', 'Lecture 5\n2026-03-12\nPhotosynthesis', 'en'],
    ['12.03.2026', 'Vorlesung 5\nDonnerstag, 12.03.2026', 'de'],
    ['12/03/2026 (French, day first)', 'Cours 5\n12/03/2026', 'fr'],
    ['March 12, 2026', 'Lecture 5\nThursday, March 12, 2026', 'en'],
    ['12 March 2026', 'Lecture 5 – 12 March 2026', 'en'],
    ['12th of March 2026', 'Seminar on the 12th of March 2026', 'en'],
    ['12 mars 2026', 'Séance du jeudi 12 mars 2026', 'fr'],
    ['12. März 2026', 'Klausur am 12. März 2026', 'de'],
    ['12 de marzo de 2026', 'Examen parcial\n12 de marzo de 2026', 'es'],
    ['Mar. 12 2026', 'Quiz 2 – Mar. 12 2026', 'en'],
  ] as const)('reads %s', (_format, text, language) => {
    expect(extractDate(text, 'scan.pdf', language)).toBe('2026-03-12');
  });

  it('reads 1er and unpadded days', () => {
    expect(extractDate('Cours du 1er avril 2026', 'x', 'fr')).toBe('2026-04-01');
    expect(extractDate('Abgabe: 3.4.2026', 'x', 'de')).toBe('2026-04-03');
  });

  it.each([
    ['2026-03-12_lecture.pdf'],
    ['20260312_scan.pdf'],
    ['IMG_20260312_101433.jpg'],
    ['WhatsApp Image 2026-03-12 at 10.14.33.jpeg'],
    ['Klausur 12.03.2026.pdf'],
  ])('reads the date in the file name %s', (name) => {
    expect(extractDate('', name, 'other')).toBe('2026-03-12');
  });

  it('prefers the name over the text, and the first lines over the rest', () => {
    expect(extractDate('Due: April 2, 2026', '2026-03-12_hw3.pdf', 'en')).toBe('2026-03-12');
    const text = ['Problem Set 3', 'Due: March 20, 2026', ...Array.from({ length: 30 }, () => 'Compute the determinant.'), 'Solutions will be posted on April 2, 2026.'].join('\n');
    expect(extractDate(text, 'hw3.pdf', 'en')).toBe('2026-03-20');
  });

  it('takes a labelled date further down, but not a date inside a sentence', () => {
    const body = Array.from({ length: 20 }, () => 'Explain the causes of the war.').join('\n');
    expect(extractDate(`Essay questions\n${body}\nDeadline: 15 May 2026`, 'essay.docx', 'en')).toBe('2026-05-15');
    expect(extractDate(`European integration\nThe Maastricht Treaty was signed on 7 February 1992 and created the European Union.\n${body}`, 'x', 'en')).toBeNull();
  });

  it('rejects impossible dates and years outside 1990–2100', () => {
    expect(extractDate('Abgabe: 31.02.2026', 'x', 'de')).toBeNull();
    expect(extractDate('Abgabe: 29.02.2026', 'x', 'de')).toBeNull();
    expect(extractDate('Abgabe: 29.02.2028', 'x', 'de')).toBe('2028-02-29');
    expect(extractDate('14 July 1789', 'x', 'en')).toBeNull();
    expect(extractDate('12.03.2150', 'x', 'de')).toBeNull();
    expect(extractDate('Student ID 20261345', 'x', 'en')).toBeNull();
  });

  describe('day/month order of slashed dates', () => {
    it('lets an unambiguous date decide for itself', () => {
      expect(extractDate('Due 03/25/2026', 'x', 'en')).toBe('2026-03-25');
      expect(extractDate('Due 25/03/2026', 'x', 'en')).toBe('2026-03-25');
      expect(extractDate('Rendu 25/03/2026', 'x', 'fr')).toBe('2026-03-25');
    });

    it('reads ambiguous dates day-first outside US English', () => {
      expect(extractDate('À rendre le 03/04/2026', 'x', 'fr')).toBe('2026-04-03');
      expect(extractDate('Entrega 03/04/2026', 'x', 'es')).toBe('2026-04-03');
      expect(extractDate('Due 03/04/2026', 'x', 'en', 'en-GB')).toBe('2026-04-03');
    });

    it('reads ambiguous dates month-first in US English', () => {
      expect(extractDate('Due 03/04/2026', 'x', 'en', 'en-US')).toBe('2026-03-04');
      // No locale given: the document's own style tells.
      expect(extractDate('Quiz 03/04/2026\nNext quiz: March 18, 2026', 'x', 'en')).toBe('2026-03-04');
      expect(extractDate('Quiz 03/04/2026\nLast one was 03/28/2026', 'x', 'en')).toBe('2026-03-04');
      expect(extractDate('Quiz 03/04/2026\nLast one was 28/03/2026', 'x', 'en', 'en-US')).toBe('2026-04-03');
    });

    it('always reads dotted dates day-first', () => {
      expect(extractDate('Due 03.04.2026', 'x', 'en', 'en-US')).toBe('2026-04-03');
    });
  });

  it('returns null when there is no date', () => {
    expect(extractDate('Photosynthesis\nLight reactions take place in the thylakoid.', 'notes.txt', 'en')).toBeNull();
  });
});
