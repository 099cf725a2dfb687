// A short topic for the smart name "[Code] - [Category] - [Topic] - [Date]": the document's own
// title when it has one worth keeping, else its top keywords. Always in the document's words,
// so always in its language.
import type { CourseCandidate, DocumentLanguage } from '@/ai/provider';
import { escapeRegExp, fold, stem, wordsOf, type TermStats } from './text';

const MAX_LENGTH = 60;
// Saved web pages and manuals open with navigation, site headers and man-page headings before the
// title, so a few more lines than a student's notes need.
const LINES_SCANNED = 16;
const CHARS_SCANNED = 2000;

// Labels that number a file rather than name its subject: "Lecture 5:", "Übungsblatt 3 –",
// "Tema 2.", "Problem Set 4", "Examen final". Matched on folded text. Stripped from the front
// of a title; a title that is nothing else is generic.
const LABEL_WORD = String.raw`(?:lectures?|lessons?|lektion|leccion|lec|week|session|chapter|unit|class|part|topic|slides?|problem(?: set)?|homework|assignment|worksheet|midterm|final|exam|examination|practice|quiz|notes|my|summary|question|exercise|cours|cm|seance|chapitre|semaine|lecon|partie|theme|devoir|maison|td|feuille|exercices?|partiel|examen|interrogation|ecrite|controle|continu|mes|resume|fiche|serie|vorlesung|vl|kapitel|woche|einheit|sitzung|teil|thema|ubungsblatt|aufgabenblatt|hausaufgabe|hausubung|prasenzubung|ubung|aufgabe|klausur|abschlussklausur|probeklausur|nachklausur|modulprufung|zwischentest|mitschrift|zusammenfassung|meine|notizen|lernzettel|tema|clase|sesion|capitulo|semana|leccion|parte|tarea|practica|hoja|ejercicios?|relacion|problemas|entrega|parcial|recuperacion|prueba|simulacro|apuntes|mis|resumen|esquema|pregunta|review|revision|study|guide|cheat|sheet|prise|sujet|ordinario|spickzettel|chuleta|lernzettel)`;
const LABEL = String.raw`${LABEL_WORD}(?:\s+(?:(?:de|of|d'|du|des|la)\s*)?${LABEL_WORD})*`;
const NUMBER = String.raw`(?:\s*(?:n[°o]\.?|nr\.?|#)?\s*[\divx]+[a-z]?)?`;
// "Lecture 5: X", "Summary - X", and also "notes X" / "Lernzettel X" with only a space.
const LABEL_PREFIX = new RegExp(`^${LABEL}(?:${NUMBER}\\s*[:–—\\-|.]|\\s)\\s*`);
const LABEL_ONLY = new RegExp(`^${LABEL}${NUMBER}\\W*$`);
const LABEL_WORD_ANYWHERE = new RegExp(`\\b${LABEL_WORD}\\b`);
const POINTS = /\d+\s*(?:points?|pts?|punkte?|p\.|puntos|ptos)/i;
const PAGE_LINE = /^(?:page|slide|seite|folie|diapositive|pagina|p\.)\s*\d+/i;
const PERSON = /^(?:prof|dr|dra|pr|mme|m\.|mr|mrs|ms|herr|frau|sr|sra)\b/i;
const DATE_LIKE = /\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\b(?:19|20)\d{2}\b/;
const ILLEGAL = /[/\\:*?"<>|\p{Cc}]/gu;

// Navigation of a saved web page or manual: "Prev Up Chapter 2. The SQL Language Home Next",
// "Next: Fit Up: Commands Previous: Exit Index", "Zurück | Inhalt | Weiter". Matched on folded text.
const NAV_WORD = /^(?:prev|previous|next|up|home|index|contents|toc|top|back|zuruck|vor|weiter|oben|inhalt|inhaltsverzeichnis|startseite|anfang|precedent|suivant|sommaire|accueil|haut|racine|anterior|siguiente|inicio|indice|arriba|contenido|subir)$/;
const NAV_PHRASE = /\b(?:nach oben|table of contents|table des matieres|tabla de contenidos|plan du site|mapa del sitio(?: web)?|site ?map)\b/g;
// A versioned product or site name: "Apache HTTP Server Version 2.4", "Versión 2.4 del Servidor…", "v5.36".
const VERSIONED = /\b(?:version|versao|versione)\s+v?\d+(?:\.\d+)+|\bv\d+(?:\.\d+)+/;
const SPACED_DASH = /\s[-–—]\s/g;
// Man pages: the NAME section's line "crontab - maintain crontab files for individual users" is the title.
const NAME_HEADING = /^(?:#+\s*)?(?:NAME|NOM|BEZEICHNUNG|NOMBRE)$/u;
const NAME_LINE = /^[\p{L}\d_.+@:-]+(?:\s*,\s*[\p{L}\d_.+@:-]+)*\s+(?:\\?-|–|—)\s+\S/u;
// Man-page section headings in the four languages (folded); in capitals they are never titles.
const SECTION_HEADING = /^(?:name|nom|bezeichnung|nombre|synopsis|description|options|commands|examples|files|environment|exit status|return value|see also|bugs|authors?|notes|history|copyright|standards|diagnostics|conforming to|ubersicht|beschreibung|optionen|befehle|beispiele|dateien|umgebung|umgebungsvariablen|ruckgabewert|exit-status|siehe auch|fehler|autoren?|anmerkungen|hinweise|commandes|exemples|fichiers|environnement|valeur renvoyee|code de retour|voir aussi|bogues|auteurs?|historique|traduction|sinopsis|descripcion|opciones|ordenes|ejemplos|archivos|ficheros|entorno|valor devuelto|estado de salida|vease tambien|ver tambien|errores|autores|notas|historia)$/;
// "VIM USER MANUAL - by Bram Moolenaar", "Skript    von Anna Weber": an author line.
const BYLINE = /(?:^|\s[-–—]\s*|\s{2,})(?:by|von|par|por)\s+\p{Lu}/u;
// "Vim documentation: usr_01", "Vim documentation: quickref": a site name and a file id, not the page's own title.
const SITE_AND_FILE_ID = /^.+[:-]\s*[\p{Ll}\d._]*[\d_][\p{Ll}\d._]*$|\b(?:[Dd]ocumentation|[Dd]ocs?|[Mm]anual|[Hh]andbook|[Dd]okumentation|[Hh]andbuch|[Dd]ocumentación|[Mm]anuel)\s*[:-]\s*[\p{Ll}\d._-]+$/u;
// A saved e-mail: its headers are not titles, its subject is one ("Subject: Re: Odd merge behaviour").
const MAIL_HEADER = /^(?:from|to|cc|bcc|date|sent|reply-to|message-id|references|in-reply-to|content-type|mime-version|von|an|gesendet|datum|de|envoye|para|enviado|fecha)\s*:/;
const MAIL_SUBJECT = /^(?:subject|betreff|objet|asunto)\s*:\s*(?:(?:re|aw|wg|fwd?|tr|rv)\s*:\s*)*/i;
// "2.5. Querying a Table", "E.21. Release 15", "Handbuch zum Lernen: 4.4.2 Vierstimmige SATB-Partitur".
const SECTION_NUMBER = /^(?:[^:]{3,}:\s+)?(?:[A-Z]|\d{1,3})(?:\.\d{1,3})+\.?\s+(?=\p{L})/u;
// A section called just "Introduction" says where in a book the page sits, not what it is about.
const GENERIC_TITLE = /^(?:introduction|overview|preface|foreword|einfuhrung|einleitung|uberblick|vorwort|apercu|avant-propos|introduccion|prologo|prefacio|vision general)$/;
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

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
  if (!label || folded.length !== line.length) return line;
  const rest = line.slice(label[0].length).trim();
  // A label word that only a space follows may begin the title itself: "Contrôle des erreurs du paquet".
  const titleItself = /^\p{Ll}/u.test(rest) && /^\p{Lu}/u.test(line) && !/[:–—\-|.]/.test(label[0]) && !LABEL_WORD_ANYWHERE.test(fold(rest));
  return titleItself ? line : rest;
}

/** A line made of navigation words, a menu ("Modules | Directives | FAQ") or a breadcrumb ("Apache > HTTP Server > …"). */
function isNavigation(line: string): boolean {
  if ((line.match(/\s\\?\|\s|\]\s*\[/g) ?? []).length >= 2 || (line.match(/\s\\?[>»]\s/g) ?? []).length >= 2) return true;
  const words = fold(line).replace(NAV_PHRASE, ' toc ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const nav = words.filter((w) => NAV_WORD.test(w)).length;
  if (nav === 0) return false;
  // "Prev", "Index" alone; or two nav words framing a chapter name ("Prev Up Chapter 3 Home Next").
  return nav === words.length || (nav >= 2 && (NAV_WORD.test(words[0] ?? '') || NAV_WORD.test(words.at(-1) ?? '')));
}

/** All capitals, as a man page's section headings are ("SYNOPSIS", "HILFE ERHALTEN"). */
function isCapitals(line: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

function isSectionHeading(line: string): boolean {
  const raw = line.replace(/^#+\s*/, '');
  return isCapitals(raw) && SECTION_HEADING.test(fold(raw));
}

/**
 * A running header with a product or site version is no title, but "Getting Started - Apache HTTP
 * Server Version 2.4" holds one before the dash. Returns the line without it, or null.
 */
function withoutVersionedSite(line: string): string | null {
  if (!VERSIONED.test(fold(line))) return line;
  const last = [...line.matchAll(SPACED_DASH)].at(-1);
  if (!last || last.index === undefined || !VERSIONED.test(fold(line.slice(last.index)))) return null;
  const before = line.slice(0, last.index).trim();
  return VERSIONED.test(fold(before)) ? null : before;
}

/**
 * A page header or footer: the book's name and a page number, roman ("Debian-Referenz ii") or
 * arabic when the same name comes back with another number ("Linear Algebra 3" … "Linear Algebra 4").
 */
function isPageHeader(line: string, text: string): boolean {
  const match = /^(\p{L}.*?)\s+([ivxl]{1,6}|\d{1,4})$/u.exec(line);
  if (!match) return false;
  const name = match[1] ?? '';
  const number = match[2] ?? '';
  if (/^[ivxl]+$/.test(number)) return ROMAN.test(number);
  const again = new RegExp(`^[ \\t]*${escapeRegExp(name)}[ \\t]+(\\d{1,4})[ \\t]*$`, 'gm');
  return [...text.matchAll(again)].some((m) => m[1] !== number);
}

/** The man page's own title: the line under its NAME heading, "perlsub - Perl subroutines". */
function manPageTitle(lines: string[]): string | null {
  const at = lines.findIndex((l) => NAME_HEADING.test(l));
  if (at === -1) return null;
  // asciidoc underlines its headings ("NAME" / "----").
  const rest = lines.slice(at + 1).filter((l) => !/^[-=~_\s]+$/.test(l));
  const line = rest[0];
  if (!line || !NAME_LINE.test(line)) return null;
  // A description wrapped onto a second line continues in lowercase.
  const next = rest[1];
  const joined = next && /^\p{Ll}/u.test(next) && !NAME_LINE.test(next) ? `${line} ${next}` : line;
  return joined.replace(/\\-/g, '-');
}

// Reminders and definitions in notes are not titles ("TODO: …", "cf. slides", "ATP = …"), nor are
// greetings and sign-offs of letters. Matched on folded text.
const NOT_A_TITLE = /^(?:todo|to do|nb|cf|vgl|ver|ps|dear|best regards|kind regards|regards|sincerely|chers|chere|cordialement|bien a vous|liebe|sehr geehrte|mit freundlichen grussen|viele grusse|estimad[oa]s?|un saludo|saludos|atentamente)\b|=/;

/**
 * "# Heading", "== Heading ==", and the letter-spaced banner of a plain-text tutorial:
 * "=  W e l c o m e   t o   t h e   V I M   T u t o r  -  Version 1.7  =" → "Welcome to the VIM Tutor - Version 1.7".
 */
function unframed(line: string): string {
  const inner = line.replace(/^#+\s*/, '').replace(/^([=*~])\1*\s+(.*?)\s+\1+$/, '$2');
  const chunks = inner.split(/\s{2,}/);
  const spaced = chunks.filter((c) => /^\S(?: \S)+$/.test(c)).length;
  if (spaced < 2) return inner;
  return chunks.map((c) => (/^\S(?: \S)+$/.test(c) ? c.replace(/ /g, '') : c)).join(' ');
}

type Context = { courses: CourseCandidate[]; text: string; manStyle: boolean };

function titleOf(line: string, { courses, text, manStyle }: Context): string | null {
  // A bulleted line is content ("- Chlorophyll: the green pigment"); a "# Heading" may be the title.
  if (/^(?:[•*\-–—>]|->|=>)\s/.test(line)) return null;
  // "# Heading", and the "¶" anchor a saved web page puts after its headings.
  let heading = unframed(line).replace(/\s*¶$/, '').replace(MAIL_SUBJECT, '');
  if (MAIL_HEADER.test(fold(heading))) return null;
  // A numbered Markdown heading may end in a full stop and quote code: "# Capítulo 5. Otros ficheros en el directorio `debian`."
  if (/^#/.test(line) && (LABEL_PREFIX.test(fold(heading)) || SECTION_NUMBER.test(heading))) heading = heading.replace(/`/g, '').replace(/\.$/, '');
  // A line ending in ":" or "," leads into something else ("Dear students,", "Required reading:"); one
  // that opens a bracket is code ("CREATE TABLE weather (").
  if (/[,;:?([{\\]$/.test(heading) || NOT_A_TITLE.test(fold(heading))) return null;
  if (isNavigation(heading) || isSectionHeading(heading) || (manStyle && isCapitals(heading)) || BYLINE.test(heading) || isPageHeader(heading, text)) return null;
  const raw = withoutVersionedSite(heading);
  if (raw === null || SITE_AND_FILE_ID.test(raw)) return null;
  let candidate = withoutCourse(raw.replace(SECTION_NUMBER, ''), courses);
  for (let i = 0; i < 2; i++) candidate = stripLabel(candidate);
  // "Tutorial de Apache httpd: Introducción a los Server Side Includes": when the whole is too
  // long, the part after the series name is the page's own title.
  const colon = candidate.indexOf(': ');
  if (candidate.length > MAX_LENGTH && colon > 0) candidate = candidate.slice(colon + 2).trim();
  if (candidate.length < 3 || candidate.length > MAX_LENGTH) return null;
  // Titles start with a capital (or a caseless script); "à revoir …" is a reminder.
  if (!/^\p{L}/u.test(candidate) || /^\p{Ll}/u.test(candidate) || /_{3,}/.test(candidate)) return null;
  // "EOD", "TODO", "NB": a marker, not a subject.
  if (/^\p{Lu}{1,4}$/u.test(candidate) || isNavigation(candidate)) return null;
  if (LABEL_ONLY.test(fold(candidate)) || GENERIC_TITLE.test(fold(candidate)) || POINTS.test(candidate) || PAGE_LINE.test(candidate) || PERSON.test(candidate) || DATE_LIKE.test(candidate)) return null;
  // A sentence is not a title.
  if (candidate.split(/\s+/).length > 10 || /[.!]$/.test(candidate)) return null;
  const symbols = candidate.replace(/[\p{L}\s'’-]/gu, '').length;
  if (symbols > candidate.length * 0.25) return null;
  if (courses.some((c) => fold(c.name) === fold(candidate) || (c.professor && fold(c.professor) === fold(candidate)))) return null;
  return candidate;
}

/**
 * A PDF of a web page wraps a long page title onto the site header's line: "Unterstützung
 * namensbasierter virtueller" / "Hosts - Apache HTTP Server Version 2.4". The fragment belongs to the line.
 */
function wrappedTitle(line: string, next: string | undefined): string {
  if (!next || /[.:;,!?]$/.test(line) || VERSIONED.test(fold(line))) return line;
  const before = withoutVersionedSite(next);
  return before && before !== next && before.split(/\s+/).length <= 2 ? `${line} ${before}` : line;
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
  const raw = text.slice(0, CHARS_SCANNED).split('\n').map((l) => l.trim());
  // Each non-blank line with the line right under it ('' after a blank line).
  const scanned = raw.flatMap((line, i) => (line ? [{ line, below: raw[i + 1] ?? '' }] : [])).slice(0, LINES_SCANNED);
  const lines = scanned.map((s) => s.line);
  const manTitle = manPageTitle(lines);
  if (manTitle) return clean(manTitle);
  // Two man-page headings make it a man page, whose other capitalised lines are headings too ("HILFE ERHALTEN").
  const context: Context = { courses, text: text.slice(0, 20_000), manStyle: lines.filter(isSectionHeading).length >= 2 };
  for (const [i, { line, below }] of scanned.entries()) {
    // A long line that the next one continues in lowercase ("… werden den Text" / "modifizieren.")
    // is a wrapped sentence; a definition under a title ("écart de production = …") is not a continuation.
    const continuation = below.replace(/^(?:#+|\/\/|--|;+|%+)\s*/, '');
    if (line.split(/\s+/).length >= 6 && /^\p{Ll}/u.test(continuation) && !/[=:]/.test(continuation)) continue;
    const title = titleOf(wrappedTitle(line, lines[i + 1]), context);
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
