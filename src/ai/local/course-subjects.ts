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
  const found = subjects.filter((s) => subjectLanguages.some((l) => s.names[l].some((n) => key.includes(plain(n)))));
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

/** How a document in this language names the subject ("datenbank", "datenbanken"), as padded phrases. */
export function subjectNamePhrases(subject: Subject, language: DocumentLanguage): string[] {
  return [...new Set(languagesFor(language).flatMap((l) => subject.names[l]).map(plain))];
}
