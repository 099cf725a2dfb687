// Accuracy of the local provider on the labelled corpus: four students (en, fr, de, es), five
// courses each, ~40 files of every kind under realistic names. Run it to see the confusion matrices.
import { describe, expect, it } from 'vitest';
import type { AnalysisResult, CourseCandidate, FileCategory, LearnedExample } from '@/ai/provider';
import { categories } from '@/ai/provider';
import { bandStats, printBands } from '../../../tests/support/confidence-bands';
import { printConfusion } from '../../../tests/support/confusion';
import { labelledCorpus, type LabelledDoc } from '../../../tests/support/labelled-corpus';
import { detectLanguage } from './language';
import { createLocalProvider } from './local-provider';
import { extractKeywords } from './text';

type Outcome = { doc: LabelledDoc; result: AnalysisResult; outsider: boolean };

async function runCorpus(): Promise<Outcome[]> {
  const provider = createLocalProvider();
  const outcomes: Outcome[] = [];
  for (const student of labelledCorpus()) {
    const courses: CourseCandidate[] = student.courses.map((c) => ({ id: c.key, name: c.name, code: c.code, professor: c.professor }));
    // Filed files are stored with the keywords an earlier analysis gave them; every third was put there by hand.
    const examples: LearnedExample[] = student.examples.map((doc, i) => {
      const text = doc.pages.join('\n\n');
      return { keywords: extractKeywords(text, detectLanguage(text).language), fileName: `${doc.fileName}.pdf`, courseId: doc.courseKey, category: doc.category, corrected: i % 3 === 0 };
    });
    for (const [outsider, docs] of [[false, student.documents], [true, student.outsiders]] as const) {
      for (const doc of docs) {
        // No language hint: detection has to do the work.
        const result = await provider.analyse({ text: doc.pages.join('\n\n'), fileName: `${doc.fileName}.pdf`, folderHint: doc.folderHint, language: 'other', locale: student.locale, courses, examples });
        outcomes.push({ doc, result, outsider });
      }
    }
  }
  return outcomes;
}

function share(outcomes: Outcome[], correct: (o: Outcome) => boolean): number {
  return outcomes.filter(correct).length / outcomes.length;
}

describe('local provider accuracy on the labelled corpus', async () => {
  const all = await runCorpus();
  // Accuracy is measured on the files that belong to a course; outsiders are checked on their own.
  const outcomes = all.filter((o) => !o.outsider);

  it('covers four languages, twenty courses and every category', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(150);
    expect(new Set(outcomes.map((o) => o.doc.language)).size).toBe(4);
    for (const category of categories) expect(outcomes.some((o) => o.doc.category === category)).toBe(true);
  });

  it('detects the language of at least 95 % of files', () => {
    const accuracy = share(outcomes, (o) => o.result.language === o.doc.language);
    console.log(`language: ${(accuracy * 100).toFixed(1)} %`);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('assigns at least 90 % of files to the right course, and is rarely wrong when it says "high"', () => {
    const accuracy = share(outcomes, (o) => o.result.courseId === o.doc.courseKey);
    const courseKeys = [...new Set(outcomes.map((o) => o.doc.courseKey))];
    printConfusion('course', courseKeys, [...courseKeys, '(none)'], outcomes.map((o) => [o.doc.courseKey, o.result.courseId ?? '(none)']));
    const high = outcomes.filter((o) => o.result.courseConfidence >= 0.8);
    const highAccuracy = share(high, (o) => o.result.courseId === o.doc.courseKey);
    console.log(`course: ${(accuracy * 100).toFixed(1)} %; high-confidence: ${high.length} files, ${(highAccuracy * 100).toFixed(1)} % right`);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
    expect(highAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves every file about a subject the student does not take unsorted, offering at most weak guesses', () => {
    const outsiders = all.filter((o) => o.outsider);
    expect(outsiders.length).toBeGreaterThanOrEqual(20);
    for (const o of outsiders) expect({ file: o.doc.fileName, course: o.result.courseId }).toEqual({ file: o.doc.fileName, course: null });
    for (const o of outsiders) for (const c of o.result.courseCandidates) expect(c.confidence).toBeLessThan(0.5);
  });

  it('is right at least 95 % of the time when it says "high", and offers its candidates best first', () => {
    const stats = bandStats(all.map((o) => ({ confidence: o.result.courseId ? o.result.courseConfidence : null, right: o.result.courseId === (o.outsider ? null : o.doc.courseKey) })));
    printBands('course (labelled set, outsiders included)', stats);
    expect(stats.high.precision).toBeGreaterThanOrEqual(0.95);
    for (const o of all) {
      const scores = o.result.courseCandidates.map((c) => c.confidence);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      if (o.result.courseId) expect(o.result.courseCandidates[0]).toEqual({ courseId: o.result.courseId, confidence: o.result.courseConfidence });
    }
  });

  it('categorises at least 85 % of files right, and is rarely wrong when it says "high"', () => {
    const accuracy = share(outcomes, (o) => o.result.category === o.doc.category);
    printConfusion('category', categories, categories, outcomes.map((o): [FileCategory, FileCategory] => [o.doc.category, o.result.category]));
    const high = outcomes.filter((o) => o.result.categoryConfidence >= 0.8);
    const highAccuracy = share(high, (o) => o.result.category === o.doc.category);
    console.log(`category: ${(accuracy * 100).toFixed(1)} %; high-confidence: ${high.length} files, ${(highAccuracy * 100).toFixed(1)} % right`);
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
    expect(highAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the date a person would file under in at least 90 % of files', () => {
    const accuracy = share(outcomes, (o) => o.result.date === o.doc.date);
    console.log(`date: ${(accuracy * 100).toFixed(1)} %`);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('gives nearly every file a topic that fits in a file name', () => {
    const topics = outcomes.map((o) => o.result.topic);
    expect(topics.filter((t) => t !== null).length / topics.length).toBeGreaterThanOrEqual(0.9);
    for (const topic of topics) if (topic) expect(topic).toMatch(/^[^/\\:*?"<>|]{1,60}$/);
  });
});
