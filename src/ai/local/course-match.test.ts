import { describe, expect, it } from 'vitest';
import type { CourseCandidate, DocumentLanguage, LearnedExample } from '@/ai/provider';
import { matchCourse } from './course-match';
import { termStats } from './text';

const courses: CourseCandidate[] = [
  { id: 'bio', name: 'Introduction to Biology', code: 'BIO101', professor: 'Prof. Sarah Mitchell' },
  { id: 'econ', name: 'Macroeconomics', code: 'ECON202', professor: 'Dr. James Okafor' },
  { id: 'math', name: 'Linear Algebra', code: 'MATH 210', professor: 'Prof. Daniel Reyes' },
  { id: 'chem', name: 'Organic Chemistry I', code: 'CHEM231', professor: 'Dr. Emily Tran' },
];

const filed: LearnedExample[] = [
  { keywords: ['photosynthesis', 'chloroplast', 'ATP', 'glucose', 'membrane', 'mitochondria'], fileName: 'cells.pdf', courseId: 'bio', category: 'lecture', corrected: false },
  { keywords: ['inflation', 'GDP', 'unemployment', 'interest', 'rate', 'central', 'bank'], fileName: 'macro week 2.pdf', courseId: 'econ', category: 'lecture', corrected: false },
  { keywords: ['matrix', 'eigenvalues', 'vectors', 'determinant', 'basis', 'kernel'], fileName: 'LA notes.pdf', courseId: 'math', category: 'notes', corrected: false },
  { keywords: ['SN2', 'nucleophile', 'carbocation', 'enantiomer', 'alkene', 'benzene'], fileName: 'mechanisms.pdf', courseId: 'chem', category: 'notes', corrected: false },
];

function match(fileName: string, text = '', options: { folderHint?: string; examples?: LearnedExample[]; courses?: CourseCandidate[]; language?: DocumentLanguage } = {}) {
  const language = options.language ?? 'en';
  return matchCourse({
    text,
    stats: termStats(text, language),
    fileName,
    folderHint: options.folderHint ?? null,
    language,
    courses: options.courses ?? courses,
    examples: options.examples ?? filed,
  });
}

describe('matchCourse', () => {
  it.each(['BIO101_lecture3.pdf', 'bio-101 hw.pdf', 'BIO 101.pdf', 'bio_101 final.docx', 'Scan BIO101'])('is near-certain about the code in the name %s', (name) => {
    const result = match(name, 'Week 3 handout. Read before class.');
    expect(result.courseId).toBe('bio');
    expect(result.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('trusts the code in the name over the vocabulary of the text', () => {
    const result = match('BIO101_misc.pdf', 'Inflation and unemployment: the central bank sets the interest rate.');
    expect(result.courseId).toBe('bio');
    expect(result.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('finds codes with a space in the course definition, and in the folder', () => {
    expect(match('scan.pdf', '', { folderHint: 'Spring 2026/MATH210/Week 3' })).toMatchObject({ courseId: 'math' });
    expect(match('math-210_ps4.pdf').courseId).toBe('math');
    expect(match('scan.pdf', '', { folderHint: 'Uni/Linear Algebra' }).courseId).toBe('math');
  });

  it('does not see a code inside a longer number', () => {
    expect(match('BIO1010.pdf', '', { examples: [] }).courseId).toBeNull();
  });

  it('counts a code or the course name in the text as strong evidence', () => {
    const header = match('scan_0012.pdf', 'ECON202 – Problem Set 3\nExplain the trade-off between two goals.');
    expect(header.courseId).toBe('econ');
    // Enough to file it without review, not to be sure.
    expect(header.confidence).toBeGreaterThanOrEqual(0.5);
    const withVocabulary = match('scan_0012.pdf', 'ECON202 – Problem Set 3\nHow does the central bank respond when inflation rises and unemployment falls?');
    expect(withVocabulary.confidence).toBeGreaterThanOrEqual(0.8);
    expect(match('scan_0013.pdf', 'Organic Chemistry I\nReview of the week.').courseId).toBe('chem');
    // The professor's name alone is a hint, not enough to file by: the course is offered instead.
    expect(match('scan_0014.pdf', 'Handout by Dr. Okafor for the tutorial.')).toMatchObject({ courseId: null, candidates: [{ courseId: 'econ' }] });
  });

  it('matches by subject vocabulary against what is already filed', () => {
    const text = 'The central bank raises the interest rate when inflation is above target; unemployment may rise.';
    const result = match('IMG_2041.jpg', text);
    expect(result.courseId).toBe('econ');
    expect(result.confidence).toBeGreaterThanOrEqual(0.8);
    // A single shared word is only a hint.
    expect(match('IMG_2042.jpg', 'Notes about inflation.').confidence).toBeLessThan(0.8);
    expect(match('Document (3).pdf', 'Compute the eigenvalues of the matrix and a basis of each eigenspace.').courseId).toBe('math');
  });

  it('works in other languages through stems', () => {
    const de: CourseCandidate[] = [
      { id: 'bio', name: 'Einführung in die Biologie', code: 'BIO110', professor: 'Prof. Dr. Katrin Hoffmann' },
      { id: 'vwl', name: 'Makroökonomik', code: 'VWL210', professor: 'Prof. Dr. Thomas Berger' },
    ];
    const examples: LearnedExample[] = [
      { keywords: ['Mitochondrien', 'Photosynthese', 'Zellatmung'], fileName: 'a.pdf', courseId: 'bio', category: 'lecture', corrected: false },
      { keywords: ['Inflation', 'Zentralbank', 'Leitzins'], fileName: 'b.pdf', courseId: 'vwl', category: 'lecture', corrected: false },
    ];
    const text = 'Die Zentralbanken erhöhen die Leitzinsen, wenn die Inflation steigt.';
    expect(match('scan.pdf', text, { courses: de, examples, language: 'de' }).courseId).toBe('vwl');
    expect(match('scan.pdf', '', { courses: de, examples, language: 'de', folderHint: 'Uni/Biologie' }).courseId).toBe('bio');
  });

  it('learns from a correction: a similar file follows it', () => {
    const text = 'Enzymes are proteins whose active site binds a substrate.';
    const correctedChem: LearnedExample = { keywords: ['enzymes', 'proteins', 'substrate'], fileName: 'x.pdf', courseId: 'chem', category: 'lecture', corrected: true };
    expect(match('scan.pdf', text).courseId).toBeNull();
    expect(match('scan.pdf', text, { examples: [...filed, correctedChem] }).courseId).toBe('chem');
  });

  it('is unsure when the file speaks to two courses equally', () => {
    const text = 'Enzymes are proteins built from amino acids. The active site binds a substrate through peptide groups.';
    const examples: LearnedExample[] = [
      { keywords: ['enzymes', 'substrate', 'metabolism'], fileName: 'a.pdf', courseId: 'bio', category: 'lecture', corrected: false },
      { keywords: ['amino', 'peptide', 'alkene'], fileName: 'b.pdf', courseId: 'chem', category: 'lecture', corrected: false },
    ];
    const result = match('scan.pdf', text, { examples });
    expect(['bio', 'chem']).toContain(result.courseId);
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('returns no course when there is none, or nothing matches', () => {
    expect(match('BIO101.pdf', 'Photosynthesis', { courses: [] })).toEqual({ courseId: null, confidence: 0, candidates: [] });
    expect(match('scan.pdf', 'Tax law and the rules of contract formation.')).toEqual({ courseId: null, confidence: 0, candidates: [] });
  });

  it('leaves a file about another subject unsorted, even when it shares a word or two with a course', () => {
    const text = 'Introduction to astronomy. A supernova can outshine its whole galaxy; the energy of a star comes from fusion in its core. Telescopes gather light.';
    const result = match('lecture 3.pdf', text);
    expect(result.courseId).toBeNull();
    expect(result.confidence).toBe(0);
    for (const c of result.candidates) expect(c.confidence).toBeLessThan(0.5);
  });

  it('offers at most three candidates, best first, the chosen course first', () => {
    const text = 'Enzymes are proteins built from amino acids; the central bank and the matrix are mentioned once.';
    const result = match('BIO101 notes.pdf', text);
    expect(result.courseId).toBe('bio');
    expect(result.candidates[0]).toEqual({ courseId: 'bio', confidence: result.confidence });
    expect(result.candidates.length).toBeLessThanOrEqual(3);
    const scores = result.candidates.map((c) => c.confidence);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  // Issue 15: a new student's courses are empty; what their titles teach is all there is to go on.
  it('files a document into an empty course by what its title teaches, in the document\'s language', () => {
    const empty: CourseCandidate[] = [
      { id: 'db', name: 'Database Systems', code: 'DB201', professor: 'Prof. Helen Ward' },
      { id: 'net', name: 'Computer Networks', code: 'NET230', professor: 'Prof. Jean-Luc Moreau' },
      { id: 'hist', name: 'Modern European History', code: 'HIS210', professor: 'Dr. Anna Weber' },
    ];
    const german = 'Eine Transaktion fasst mehrere Schritte zusammen. Der Primärschlüssel identifiziert jede Zeile einer Tabelle; ein Fremdschlüssel verweist auf eine andere Relation. SQL-Abfragen mit JOIN verbinden Tabellen, ein Index beschleunigt die Suche.';
    const result = match('scan_0412.pdf', german, { courses: empty, examples: [], language: 'de' });
    expect(result.courseId).toBe('db');
    const french = "Le protocole TCP assure un transfert fiable : chaque segment est acquitté. Le routage IP choisit le chemin des paquets entre les routeurs ; l'adresse MAC identifie l'interface sur le réseau local.";
    expect(match('Document1.docx', french, { courses: empty, examples: [], language: 'fr' }).courseId).toBe('net');
    // A document on none of their subjects is not filed.
    const music = 'The soprano and alto voices share the upper staff; the chord progression moves from the tonic to the dominant, and the cadence resolves on the final bar.';
    expect(match('download (3).pdf', music, { courses: empty, examples: [] }).courseId).toBeNull();
  });
});
