// What a course teaches, from its title alone: the subjects of the lexicon (./subjects) whose
// names the title contains, in any of the four languages. A new student's course is empty, so its
// subjects' words — in the document's language — are what the matcher knows of it (issue 15).
import type { DocumentLanguage } from '@/ai/provider';
import { subjects } from './subjects';
import type { Subject, SubjectLanguage } from './subjects/types';
import { fold, termStats } from './text';

const subjectLanguages: SubjectLanguage[] = ['en', 'de', 'fr', 'es'];

/** Folded, with separators as spaces, padded so phrase search can require word edges. */
export function plain(text: string): string {
  return ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}

const byTitle = new Map<string, Subject[]>();
const TITLE_CACHE_LIMIT = 5_000;

/** The subjects a course title names ("Database Systems" → databases; "Datenbanken" too). */
export function subjectsOfTitle(title: string): Subject[] {
  const key = plain(title);
  const cached = byTitle.get(key);
  if (cached) return cached;
  // Where each subject's names occur in the title, as [start, end) spans.
  const spans = new Map<Subject, [number, number][]>();
  for (const s of subjects) {
    const at: [number, number][] = [];
    for (const name of new Set(subjectLanguages.flatMap((l) => s.names[l]).map(plain))) {
      for (let i = key.indexOf(name); i !== -1; i = key.indexOf(name, i + 1)) at.push([i, i + name.length]);
    }
    if (at.length) spans.set(s, at);
  }
  // The more specific name wins: "version control systems" is not a course on "control systems".
  const inside = (a: [number, number], b: [number, number]) => b[0] <= a[0] && a[1] <= b[1] && b[1] - b[0] > a[1] - a[0];
  const found = [...spans].filter(([s, at]) => !at.every((a) => [...spans].some(([o, other]) => o !== s && other.some((b) => inside(a, b))))).map(([s]) => s);
  if (byTitle.size >= TITLE_CACHE_LIMIT) byTitle.clear();
  byTitle.set(key, found);
  return found;
}

const languagesFor = (language: DocumentLanguage): SubjectLanguage[] => (language === 'other' ? subjectLanguages : [language]);
const termCache = new Map<string, string[]>();

/** The stems of a subject's terms and shared names, as a document in this language writes them. */
export function subjectTermStems(subject: Subject, language: DocumentLanguage): string[] {
  const key = `${subject.key}:${language}`;
  let stems = termCache.get(key);
  if (!stems) {
    const words = [...languagesFor(language).flatMap((l) => subject.terms[l]), ...subject.shared];
    stems = [...new Set(words.flatMap((w) => [...termStats(w, language).keys()]))];
    termCache.set(key, stems);
  }
  return stems;
}

const spreadCache = new Map<DocumentLanguage, Map<string, number>>();

/**
 * How specific a stem is to one subject, 0–1: 1 when one subject of the whole lexicon has it,
 * 1/n when n have it. "Variable", "command" or "partition" (a disk's, a score's) belong to many
 * subjects and say little about which one a document is about.
 */
export function subjectSpecificity(stem: string, language: DocumentLanguage): number {
  let spread = spreadCache.get(language);
  if (!spread) {
    spread = new Map();
    for (const subject of subjects) for (const s of subjectTermStems(subject, language)) spread.set(s, (spread.get(s) ?? 0) + 1);
    spreadCache.set(language, spread);
  }
  return 1 / (spread.get(stem) ?? 1);
}

/** How a document in this language names the subject ("datenbank", "datenbanken"), as padded phrases. */
export function subjectNamePhrases(subject: Subject, language: DocumentLanguage): string[] {
  return [...new Set(languagesFor(language).flatMap((l) => subject.names[l]).map(plain))];
}
