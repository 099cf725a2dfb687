import { describe, expect, it } from 'vitest';
import { extractKeywords, nameWords, stemTerms } from './text';

describe('extractKeywords', () => {
  const lecture = [
    'Photosynthesis',
    'Lecture 7 – Prof. Mitchell – March 12, 2026',
    'Photosynthesis converts light energy into chemical energy stored in glucose.',
    'The chloroplast contains thylakoid membranes; the light reactions take place in the thylakoid.',
    'The Calvin cycle fixes carbon dioxide in the stroma of the chloroplast.',
    'In 2024, 12 of 30 students (40 %) confused the chloroplast with the mitochondrion.',
  ].join('\n');

  it('puts the subject first and drops stopwords, numbers and tiny tokens', () => {
    const keywords = extractKeywords(lecture, 'en');
    expect(keywords[0]).toBe('Photosynthesis');
    expect(keywords.slice(0, 4)).toEqual(expect.arrayContaining(['chloroplast', 'thylakoid']));
    for (const noise of ['the', 'in', 'of', 'into', '2024', '12', '40', 'Lecture', 'March']) expect(keywords).not.toContain(noise);
    expect(keywords.every((k) => k.length >= 3)).toBe(true);
  });

  it('keeps the spelling of the document, accents included', () => {
    const keywords = extractKeywords("La photosynthèse a lieu dans le chloroplaste. La photosynthèse produit du glucose et de l'oxygène.", 'fr');
    expect(keywords[0]).toBe('photosynthèse');
    expect(keywords).toContain('oxygène');
  });

  it('ranks terms written as terms (acronyms) above ordinary words of the same frequency', () => {
    const keywords = extractKeywords('The cell stores energy as ATP. The cell releases energy from ATP when needed.', 'en');
    expect(keywords.indexOf('ATP')).toBeLessThan(keywords.indexOf('energy'));
  });

  it('does not take the exam room rules for the subject', () => {
    const exam = 'Final Exam\nNo calculators, notes or dictionaries are allowed; time allowed: 90 minutes.\nExplain how inflation targeting works.\nWhy does inflation rise when unemployment falls?';
    const keywords = extractKeywords(exam, 'en');
    expect(keywords[0]).toBe('inflation');
    // "dictionaries" is no boilerplate word, but it sits on a line of exam-room rules.
    expect(keywords.indexOf('dictionaries')).toBeGreaterThan(keywords.indexOf('unemployment'));
  });

  it('respects the limit', () => {
    expect(extractKeywords(lecture, 'en', 3)).toHaveLength(3);
  });

  it("drops the big four's function words in a language it cannot stem", () => {
    const keywords = extractKeywords('La fotosintesi converte la energia luminosa in energia chimica. La fotosintesi avviene nel cloroplasto.', 'other');
    expect(keywords[0]).toBe('fotosintesi');
    expect(keywords).not.toContain('la');
  });
});

describe('stemTerms', () => {
  it('merges inflected forms and ignores accents for matching', () => {
    const terms = stemTerms('Die Phänotypen und der Phänotyp; der Phanotyp.', 'de');
    expect([...terms.values()]).toEqual([3]);
    const en = stemTerms('cells, cell, Cell; matrices and a matrix', 'en');
    expect(en.get('cell')).toBe(3);
    const es = stemTerms('la energía y la energia', 'es');
    expect([...es.values()]).toEqual([2]);
  });
});

describe('nameWords', () => {
  it('keeps the words of a file name and drops scanner junk and numbers', () => {
    expect(nameWords('Übungsblatt_03_final (2).pdf', 'de')).toEqual(['ubungsblatt']);
    expect(nameWords('scan_0012', 'en')).toEqual([]);
    expect(nameWords('PhotosynthesisNotes', 'en')).toEqual(['photosynthesis', 'notes']);
  });
});
