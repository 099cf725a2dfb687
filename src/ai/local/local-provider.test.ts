import { describe, expect, it } from 'vitest';
import type { AnalysisInput, CourseCandidate, LearnedExample } from '@/ai/provider';
import { labelledCorpus } from '../../../tests/support/labelled-corpus';
import { createLocalProvider, readableText } from './local-provider';

const courses: CourseCandidate[] = [
  { id: 'bio', name: 'Einführung in die Biologie', code: 'BIO110', professor: 'Prof. Dr. Katrin Hoffmann' },
  { id: 'la', name: 'Lineare Algebra I', code: 'MAT120', professor: 'Prof. Dr. Stefan Krüger' },
  { id: 'vwl', name: 'Makroökonomik', code: 'VWL210', professor: 'Prof. Dr. Thomas Berger' },
];

const examples: LearnedExample[] = [
  { keywords: ['Matrix', 'Determinante', 'Eigenwerte', 'Vektoren', 'Basis', 'Kern'], fileName: 'LA_Blatt1.pdf', courseId: 'la', category: 'assignment', corrected: false },
  { keywords: ['Zelle', 'Mitochondrien', 'ATP', 'Photosynthese', 'Enzyme'], fileName: 'VL2.pdf', courseId: 'bio', category: 'lecture', corrected: false },
  { keywords: ['Inflation', 'BIP', 'Zentralbank', 'Zins', 'Arbeitslosigkeit'], fileName: 'Makro VL3.pdf', courseId: 'vwl', category: 'lecture', corrected: false },
];

const sheet = [
  'Übungsblatt 4: Eigenwerte und Eigenvektoren',
  'Abgabe: 12.03.2026, 12 Uhr',
  'Begründen Sie alle Antworten. Die Abgabe in Zweiergruppen ist erlaubt.',
  'Aufgabe 1 (4 Punkte). Bestimmen Sie die Eigenwerte der Matrix A = [[4, 1], [2, 3]].',
  'Aufgabe 2 (6 Punkte). Zeigen Sie, dass eine symmetrische Matrix reelle Eigenwerte besitzt.',
  'Aufgabe 3 (4 Punkte). Berechnen Sie die Determinante und eine Basis des Kerns.',
].join('\n');

function input(overrides: Partial<AnalysisInput> = {}): AnalysisInput {
  return { text: sheet, fileName: 'scan_0012.pdf', folderHint: null, language: 'other', locale: 'de', courses, examples, ...overrides };
}

describe('local provider', () => {
  const provider = createLocalProvider();

  it('reads a German exercise sheet end to end', async () => {
    const result = await provider.analyse(input());
    expect(provider.name).toBe('local');
    expect(result).toMatchObject({ language: 'de', courseId: 'la', category: 'assignment', date: '2026-03-12', topic: 'Eigenwerte und Eigenvektoren' });
    expect(result.courseConfidence).toBeGreaterThanOrEqual(0.8);
    expect(result.categoryConfidence).toBeGreaterThanOrEqual(0.8);
    expect(result.keywords[0]).toBe('Eigenwerte');
    expect(result.keywords.length).toBeLessThanOrEqual(12);
    expect(result.usage).toBeUndefined();
  });

  it('keeps the language the caller detected on the whole document', async () => {
    const result = await provider.analyse(input({ text: 'TD 3', fileName: 'td3.pdf', language: 'fr' }));
    expect(result.language).toBe('fr');
    expect(result.category).toBe('assignment');
    // 'other' means unknown: then the text itself is asked.
    expect((await provider.analyse(input({ language: 'other' }))).language).toBe('de');
  });

  it('learns from a correction', async () => {
    const notes = 'Eigenwerte: Av = λv\nDeterminante = Produkt der Eigenwerte\nKern = Lösungen von Ax = 0';
    const before = await provider.analyse(input({ text: notes, fileName: 'Sammelmappe_2.pdf' }));
    expect(before.category).not.toBe('exam');
    const correction: LearnedExample = { keywords: ['Eigenwerte'], fileName: 'Sammelmappe_1.pdf', courseId: 'la', category: 'exam', corrected: true };
    const after = await provider.analyse(input({ text: notes, fileName: 'Sammelmappe_2.pdf', examples: [...examples, correction] }));
    expect(after.category).toBe('exam');
  });

  it('is deterministic', async () => {
    expect(await provider.analyse(input())).toEqual(await provider.analyse(input()));
  });

  it('stops when the job is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(provider.analyse(input(), { signal: controller.signal })).rejects.toThrow();
  });

  it('analyses 60 KB of text in under 20 ms', async () => {
    // A semester's worth of one student's German files, cut to 60 KB.
    const german = labelledCorpus().find((s) => s.language === 'de');
    const files = (german?.documents ?? []).map((d) => d.pages.join('\n\n')).join('\n\n');
    const text = `${files}\n\n${files}`.slice(0, 60_000);
    expect(text.length).toBe(60_000);
    await provider.analyse(input({ text }));
    // The fastest of several runs: what the code costs, not what other processes on a busy CI
    // machine take from it. A real regression (quadratic work, a cache that stopped caching) shows anyway.
    let fastest = Infinity;
    for (let i = 0; i < 9; i++) {
      const start = performance.now();
      await provider.analyse(input({ text }));
      fastest = Math.min(fastest, performance.now() - start);
    }
    expect(fastest).toBeLessThan(20);
  });

  it('reads a web page saved as Markdown by its words, not its markup', async () => {
    const page = [
      '<div class="navheader">',
      '| Chapitre 5. Configuration du réseau | | [Suivant](ch06.fr.html) |',
      '</div>',
      '<span class="emphasis">Le réseau</span> se configure avec [ip](https://manpages.debian.org/ip.8) et NetworkManager.',
      'Chaque interface réseau reçoit une adresse IP; la passerelle et le serveur DNS complètent la configuration du réseau.',
    ].join('\n');
    expect(readableText(page)).not.toMatch(/<|navheader|https?:|\.html/);
    const result = await createLocalProvider().analyse(input({ text: page, fileName: 'draft1.md', language: 'fr', courses: [], examples: [] }));
    expect(result.keywords.map((k) => k.toLowerCase())).not.toEqual(expect.arrayContaining(['div', 'span', 'class', 'href', 'html']));
    expect(result.keywords.map((k) => k.toLowerCase())).toContain('réseau');
  });
});
