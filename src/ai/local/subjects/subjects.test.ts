// The subject lexicon's shape: what the course matcher relies on (see types.ts).
import { describe, expect, it } from 'vitest';
import { computingSubjects } from './computing';
import { subjects } from './index';
import { humanitiesSubjects } from './humanities';
import { scienceSubjects } from './sciences';
import type { SubjectLanguage } from './types';

const languages: SubjectLanguage[] = ['en', 'de', 'fr', 'es'];
/** Words of every document, whatever its subject: as a subject's term they would match anything. */
const generic = new Set(
  `chapter section example exercise lecture course introduction summary figure page question answer student professor
   kapitel abschnitt beispiel übung vorlesung kurs einführung zusammenfassung abbildung seite frage antwort professorin
   chapitre exemple exercice cours résumé réponse étudiant professeur
   capítulo sección ejemplo ejercicio clase curso introducción resumen figura página pregunta respuesta estudiante profesor`.split(/\s+/),
);

describe.each([
  ['computing', computingSubjects],
  ['sciences', scienceSubjects],
  ['humanities', humanitiesSubjects],
])('the %s subjects', (_, group) => {
  it('cover their field', () => {
    expect(group.length).toBeGreaterThanOrEqual(20);
  });

  it.each(group.map((s) => [s.key, s] as const))('%s names the subject and lists its words in all four languages', (_key, s) => {
    expect(s.key).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    for (const lang of languages) {
      expect(s.names[lang].length, `${lang} names`).toBeGreaterThanOrEqual(2);
      expect(s.terms[lang].length, `${lang} terms`).toBeGreaterThanOrEqual(30);
      expect(s.terms[lang].length, `${lang} terms`).toBeLessThanOrEqual(60);
      for (const list of [s.names[lang], s.terms[lang]]) {
        expect(new Set(list).size, `${lang}: no duplicates`).toBe(list.length);
        for (const w of list) {
          expect(w, `${lang}: lower case, trimmed`).toBe(w.toLocaleLowerCase(lang).trim());
          expect(w.length).toBeGreaterThan(1);
        }
      }
      expect(s.terms[lang].filter((t) => generic.has(t)), `${lang}: generic words`).toEqual([]);
    }
    for (const w of s.shared) expect(w).toBe(w.toLowerCase().trim());
  });
});

describe('the lexicon', () => {
  it('has one subject per key', () => {
    expect(new Set(subjects.map((s) => s.key)).size).toBe(subjects.length);
  });
});
