// A short topic for the smart name "[Code] - [Category] - [Topic] - [Date]": the document's own
// title when it has one worth keeping, else its top keywords. Always in the document's words,
// so always in its language.
import type { CourseCandidate, DocumentLanguage } from '@/ai/provider';
import { fold, stem, wordsOf, type TermStats } from './text';

const MAX_LENGTH = 60;
const LINES_SCANNED = 10;

// Labels that number a file rather than name its subject: "Lecture 5:", "Übungsblatt 3 –",
// "Tema 2.", "Problem Set 4", "Examen final". Matched on folded text. Stripped from the front
// of a title; a title that is nothing else is generic.
const LABEL_WORD = String.raw`(?:lectures?|lec|week|session|chapter|unit|class|part|topic|slides?|problem(?: set)?|homework|assignment|worksheet|midterm|final|exam|examination|practice|quiz|notes|my|summary|question|exercise|cours|cm|seance|chapitre|semaine|lecon|partie|theme|devoir|maison|td|feuille|exercices?|partiel|examen|interrogation|ecrite|controle|continu|mes|resume|fiche|serie|vorlesung|vl|kapitel|woche|einheit|sitzung|teil|thema|ubungsblatt|aufgabenblatt|hausaufgabe|hausubung|prasenzubung|ubung|aufgabe|klausur|abschlussklausur|probeklausur|nachklausur|modulprufung|zwischentest|mitschrift|zusammenfassung|meine|notizen|lernzettel|tema|clase|sesion|capitulo|semana|leccion|parte|tarea|practica|hoja|ejercicios?|relacion|problemas|entrega|parcial|recuperacion|prueba|simulacro|apuntes|mis|resumen|esquema|pregunta|review|revision|study|guide|cheat|sheet|prise|sujet|ordinario|spickzettel|chuleta|lernzettel)`;
const LABEL = String.raw`${LABEL_WORD}(?:\s+(?:(?:de|of|d'|du|des|la)\s*)?${LABEL_WORD})*`;
const NUMBER = String.raw`(?:\s*(?:n[°o]\.?|nr\.?|#)?\s*[\divx]+[a-z]?)?`;
// "Lecture 5: X", "Summary - X", and also "notes X" / "Lernzettel X" with only a space.
const LABEL_PREFIX = new RegExp(`^${LABEL}(?:${NUMBER}\\s*[:–—\\-|.]|\\s)\\s*`);
const LABEL_ONLY = new RegExp(`^${LABEL}${NUMBER}\\W*$`);
const POINTS = /\d+\s*(?:points?|pts?|punkte?|p\.|puntos|ptos)/i;
const PAGE_LINE = /^(?:page|slide|seite|folie|diapositive|pagina|p\.)\s*\d+/i;
const PERSON = /^(?:prof|dr|dra|pr|mme|m\.|mr|mrs|ms|herr|frau|sr|sra)\b/i;
const DATE_LIKE = /\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\b(?:19|20)\d{2}\b/;
const ILLEGAL = /[/\\:*?"<>|\p{Cc}]/gu;

function clean(topic: string): string {
  let out = topic.replace(ILLEGAL, (ch) => (ch === ':' || ch === '/' || ch === '\\' || ch === '|' ? ' - ' : ' '));
  out = out.replace(/\s+/g, ' ').replace(/(?:\s*-\s*){2,}/g, ' - ').replace(/^[\s\-–—•*.,;]+|[\s\-–—•*.,;]+$/g, '');
  if (out.length <= MAX_LENGTH) return out;
  const cut = out.slice(0, MAX_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 20 ? cut.slice(0, space) : out.slice(0, MAX_LENGTH)).replace(/[\s\-–—,;]+$/, '');
}

/** Removes course codes and names from a line: "BIO101 – Introduction to Biology" says nothing about the topic. */
function withoutCourse(line: string, courses: CourseCandidate[]): string {
  let out = line;
  for (const course of courses) {
    const code = (course.code ?? '').replace(/[^A-Za-z0-9]/g, '');
    const parts = code.match(/[A-Za-z]+|\d+/g);
    if (code.length >= 4 && parts) out = out.replace(new RegExp(`(?<![A-Za-z0-9])${parts.join('[\\s_.\\-]?')}(?![0-9])`, 'gi'), ' ');
    const at = fold(out).indexOf(fold(course.name));
    // Folding keeps lengths for accented Latin letters, so the position maps back to the line.
    if (course.name.length >= 4 && at !== -1 && fold(out).length === out.length) out = out.slice(0, at) + ' ' + out.slice(at + course.name.length);
  }
  return out.replace(/^[\s\-–—:|(,]+|[\s\-–—:|(,]+$/g, '').trim();
}

/** "Lecture 5: Photosynthesis" → "Photosynthesis"; the label is found on the folded line. */
function stripLabel(line: string): string {
  const folded = fold(line);
  const label = LABEL_PREFIX.exec(folded);
  // Folding keeps lengths for accented Latin letters; anything else we leave alone.
  return label && folded.length === line.length ? line.slice(label[0].length).trim() : line;
}

// Reminders and definitions in notes are not titles ("TODO: …", "cf. slides", "ATP = …"), nor are
// greetings and sign-offs of letters. Matched on folded text.
const NOT_A_TITLE = /^(?:todo|to do|nb|cf|vgl|ver|ps|dear|best regards|kind regards|regards|sincerely|chers|chere|cordialement|bien a vous|liebe|sehr geehrte|mit freundlichen grussen|viele grusse|estimad[oa]s?|un saludo|saludos|atentamente)\b|=/;

function titleOf(line: string, courses: CourseCandidate[]): string | null {
  // A bulleted line is content ("- Chlorophyll: the green pigment"); a "# Heading" may be the title.
  if (/^(?:[•*\-–—>]|->|=>)\s/.test(line)) return null;
  const raw = line.replace(/^#+\s*/, '');
  // A line ending in ":" or "," leads into something else ("Dear students,", "Required reading:").
  if (/[,;:?]$/.test(raw) || NOT_A_TITLE.test(fold(raw))) return null;
  let candidate = withoutCourse(raw, courses);
  for (let i = 0; i < 2; i++) candidate = stripLabel(candidate);
  if (candidate.length < 3 || candidate.length > MAX_LENGTH) return null;
  // Titles start with a capital (or a caseless script); "à revoir …" is a reminder.
  if (!/^\p{L}/u.test(candidate) || /^\p{Ll}/u.test(candidate) || /_{3,}/.test(candidate)) return null;
  if (LABEL_ONLY.test(fold(candidate)) || POINTS.test(candidate) || PAGE_LINE.test(candidate) || PERSON.test(candidate) || DATE_LIKE.test(candidate)) return null;
  // A sentence is not a title.
  if (candidate.split(/\s+/).length > 10 || /[.!]$/.test(candidate)) return null;
  const symbols = candidate.replace(/[\p{L}\s'’-]/gu, '').length;
  if (symbols > candidate.length * 0.25) return null;
  if (courses.some((c) => fold(c.name) === fold(candidate) || (c.professor && fold(c.professor) === fold(candidate)))) return null;
  return candidate;
}

export type TopicInput = {
  text: string;
  language: DocumentLanguage;
  /** Top keywords, most important first (the fallback topic). */
  keywords: string[];
  courses: CourseCandidate[];
  /** Stems of the whole text, to check that a title is about the text. */
  stats: TermStats;
};

/** Below this many content words, there is too little text to check a title against. */
const CHECKABLE_WORDS = 40;

/**
 * A title names what the text is about, so some word of it comes back in the text. A student's
 * name on a write-up ("Alex Kim") or a sign-off ("Mit freundlichen Grüßen") does not.
 */
function recurs(title: string, input: TopicInput): boolean {
  let words = 0;
  for (const stat of input.stats.values()) words += stat.count;
  if (words < CHECKABLE_WORDS) return true;
  return wordsOf(title).some((w) => (input.stats.get(stem(w.toLowerCase(), input.language))?.count ?? 0) >= 2);
}

export function extractTopic(input: TopicInput): string | null {
  const { text, keywords, courses } = input;
  const lines = text.slice(0, 1500).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, LINES_SCANNED);
  for (const line of lines) {
    const title = titleOf(line, courses);
    if (title && recurs(title, input)) return clean(title);
  }
  // No usable title: the two or three strongest keywords that are not the course's own name and
  // that the text repeats (a word said once is no topic).
  const courseWords = new Set(courses.flatMap((c) => fold(`${c.name} ${c.professor ?? ''} ${c.code ?? ''}`).split(/[^\p{L}\p{N}]+/u)));
  const repeated = (k: string) => (input.stats.get(stem(k.toLowerCase(), input.language))?.count ?? 0) >= 2;
  const chosen = keywords.filter((k) => !courseWords.has(fold(k)) && repeated(k)).slice(0, 3);
  if (chosen.length === 0) return null;
  return clean(chosen.join(', ')) || null;
}
