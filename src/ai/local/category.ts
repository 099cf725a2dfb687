// Category of a course file (lecture, assignment, notes, exam, other) from multilingual cues.
// Cues are phrases in English, French, German and Spanish, matched on folded text (lowercase, no
// accents). A cue in the file name or folder outweighs one in the title lines, which outweighs
// one in the body; a correction the user made for a similar file outweighs them all.
import type { DocumentLanguage, FileCategory, LearnedExample } from '@/ai/provider';
import { categories } from '@/ai/provider';
import { fold, nameWords, stem, wordsOf } from './text';

type Cue = { category: FileCategory; pattern: string; weight: number };
type CueTable = Partial<Record<FileCategory, [weight: number, pattern: string][]>>;

// In names people abbreviate: "hw3", "ps4", "VL3", "TD2", "UE9", "L07".
const nameCues: CueTable = {
  lecture: [
    [3, String.raw`lectures?|slides?|folien|diapos?|diapositiv[ae]s?|transparencias|vorlesung(?:en)?|cours magistral`],
    [1.5, String.raw`lect|lec ?\d+|vl ?\d+|cm ?\d+|l\d{1,2}|week ?\d+|woche ?\d+|semaine ?\d+|semana ?\d+|chapter|chapitre|kapitel|capitulo|tema ?\d+|clase|class ?\d+|session ?\d+|seance|sesion|cours ?\d+|lesson|lecon|leccion|unit ?\d+|einheit|skript`],
  ],
  assignment: [
    [3, String.raw`homework|hw ?\d+|problem ?set|ps ?\d+|assignments?|worksheet|exercise sheet|devoirs?|dm ?\d+|td ?\d+|feuille[ _]?exo\w*|exercices?|u(?:e)?bungsblatt|u(?:e)?bung(?:en)?|ue ?\d+|blatt ?\d+|hausaufgaben?|hausubung|aufgabenblatt|tareas?|practicas?|entregas?|hoja ?(?:de )?ejercicios|relacion|ejercicios`],
    [1, String.raw`solutions?|l(?:o|oe)sung|corrige|resuelt[ao]|abgabe|rendu|serie ?\d+`],
  ],
  exam: [
    [3, String.raw`exams?|examens?|examenes|midterms?|mid-term|finals|quiz(?:zes)?\d*|partiels?|interro\w*|klausur(?:en)?|pr(?:u|ue)fung(?:en)?|probeklausur|altklausur|nachklausur|parcial(?:es)?|recuperacion|simulacro|annales|past paper|test ?\d+`],
  ],
  // Notes are often named after what they are notes of ("Mitschrift VL3", "notes lecture 5").
  notes: [
    [3.5, String.raw`notes?|mitschrift(?:en)?|notizen|zusammenfassung|lernzettel|spickzettel|cheat ?sheet|summary|resume|fiches?|apuntes|resumen|esquema|chuleta|study guide|review sheet|revision`],
  ],
  other: [
    [3, String.raw`syllabus|reading list|course info|letter|announcement|schedule|timetable|plan de cours|bibliograph(?:ie|y)|bibliografia|infos?|courrier|emploi du temps|annonce|modulbeschreibung|literaturliste|schreiben|stundenplan|ankundigung|guia docente|carta|horario|aviso|admin|administratif|orga|secretaria|certificate|bescheinigung|attestation|certificado|invoice|rechnung|facture|factura`],
  ],
};

const textCues: CueTable = {
  lecture: [
    [3, String.raw`^\W*(?:lecture|week|session|class|cours|cm|seance|semaine|vorlesung|vl|woche|sitzung|clase|sesion|semana) \d+\b`],
    // A numbered chapter, unit or lesson is as often a book's or a manual's as a lecture's.
    [1, String.raw`^\W*(?:chapter|unit|chapitre|lecon|kapitel|einheit|tema|capitulo|leccion) \d+\b`],
    [2, String.raw`^\W*(?:outline|agenda|plan|gliederung|indice)\W*$`],
    // A document that calls itself a tutorial is taught from.
    [2, String.raw`\b(?:this|the following) tutorial|\bce tutoriel|\bdieses tutorial|\bdiese anleitung|\beste tutorial`],
    [2, String.raw`learning (?:objectives|outcomes)|recap\b|today we|in this (?:lecture|class|session|chapter)|next (?:week|class|lecture|time)\b|by the end of this (?:class|lecture|session)|reading for next|objectifs de la seance|\brappel\b|aujourd hui,? nous|seance suivante|la derniere fois|a la fin de la seance|dans ce chapitre|lernziele|wiederholung|heute geht es|nachste woche|letztes mal|in diesem kapitel|am ende dieser sitzung|objetivos de aprendizaje|\brepaso\b|hoy estudiamos|proxima semana|en la ultima sesion|en este capitulo|al final de la clase`],
    // "We will", "we have": explanatory prose of any kind, books and manuals too; a hint only.
    [0.5, String.raw`\bwe (?:will|now|have|saw|can|begin|look)\b|\bnous (?:allons|avons|verrons|etudions)\b|\bwir (?:werden|haben|beginnen|betrachten)\b|\b(?:veremos|vimos|empezamos|estudiamos)\b`],
    [0.25, String.raw`\b(?:definition|example|key idea|take-home|exemple|idee cle|beispiel|kernidee|ejemplo|idea clave)\b`],
  ],
  assignment: [
    [3, String.raw`^\W*(?:problem set|homework|assignment|worksheet|devoir|feuille d exercices|td|serie|u(?:e)?bungsblatt|hausaufgabe|hausubung|aufgabenblatt|ubung|prasenzubung|tarea|practica|hoja de ejercicios|relacion de problemas|entrega)\b[^\n]{0,20}\d`],
    // "Due to" and "submit a patch" are everyday prose: only a due date or a handing-in counts.
    [2.5, String.raw`\bdue (?:date|by|on|at|before|next|this|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)|\bdue ?:|deadline|\bsubmit (?:your|it|them|by|before|via|on|online|one|a single|the (?:assignment|homework|report|solutions?|answers?|exercises?|worksheet))|submission (?:deadline|date|portal|box|instructions)|hand in|a rendre|date limite|a deposer|\brendu ?:|\babgabe|hochladen bis|fecha de entrega|entregar antes|plazo de entrega|subir al campus`],
    [1.5, String.raw`show all (?:your )?work|extra credit|\bbonus|solutions will be posted|work with (?:a partner|your partner|a classmate|your group)|discuss the problems|justifiez|binome|retard|bareme|le corrige sera|begrunden sie|zweiergruppen|verspatete|musterlosung|justifique|en parejas|fuera de plazo|soluciones se publicaran`],
    [0.7, String.raw`^\W*(?:problem|exercise|exercice|aufgabe|ejercicio|problema|q)\s?\d+`],
    // A student's write-up: answers under each task.
    [1.5, String.raw`^\W*(?:answer|solution|reponse|losung|antwort|solucion|respuesta)\s?:`],
  ],
  exam: [
    [3, String.raw`^\W*(?:midterm|final exam|final examination|exam|quiz|practice (?:midterm|exam)|examen|partiel|interrogation|controle continu|sujet d examen|klausur|abschlussklausur|probeklausur|nachklausur|modulprufung|zwischentest|parcial|prueba|simulacro)\b`],
    [3, String.raw`time allowed|duration ?:|answer all|answer any|no calculators|closed book|student id|candidate number|end of (?:the )?exam|\bduree ?:|duree de l epreuve|repondez a toutes|traitez|calculatrices? interdit|documents et calculatrices|numero d etudiant|n° etudiant|fin de l epreuve|l epreuve|bearbeitungszeit|bearbeiten sie alle|hilfsmittel ?:|zugelassene hilfsmittel|taschenrechner|matrikelnummer|ende der klausur|duracion ?:|tiempo disponible|conteste a todas|elija \w+ de|calculadora|\bdni\b|fin del examen`],
    // Wishing luck closes exam papers, and also tutorials.
    [1, String.raw`good luck|bon courage|viel erfolg|\bsuerte\b`],
    [0.7, String.raw`^\W*(?:question|pregunta)\s?\d+`],
    [0.5, String.raw`\b(?:exam|examen|klausur|prufung|midterm|partiel|parcial)\b`],
  ],
  notes: [
    [3, String.raw`my notes|mes notes|meine notizen|mis apuntes|notes? (?:from|on) (?:the )?(?:lecture|class)|cheat sheet|mitschrift|lernzettel|spickzettel|fiche de revision|chuleta|\bapuntes\b|study notes|prise de notes`],
    [2, String.raw`\btodo ?:|to do ?:|\bask (?:in|the|prof)|important for (?:the )?exam|demander au prof|a revoir|a retenir pour|klausurrelevant|nochmal|sprechstunde fragen|preguntar|pendiente|releer|importante para el examen|\?\?`],
    [1, String.raw`!!`],
    // Arrows that start a line, and the shorthand of hurried writing; arrows inside code and the
    // "e.g." of printed prose say nothing.
    [1, String.raw`^[ \t]*(?:->|=>|→)|\bw/|\bbc\b|\bbcp\b|\bxq\b|^\W*(?:summary|resume|zusammenfassung|resumen|esquema)\b`],
    // A table of contents makes a book or a manual of it: something to read and look things up in.
    [1.5, String.raw`^\W*(?:table of contents|contents|inhaltsverzeichnis|inhalt|table des matieres|sommaire|tabla de contenidos|contenido)\W*$`],
    // A manual page's or reference entry's sections: what one looks things up in.
    [2, String.raw`^\W*(?:synopsis|sinopsis|ubersicht)\W*$`],
    [1, String.raw`^\W*(?:see also|siehe auch|voir aussi|vease tambien|ver tambien)\W*$`],
  ],
  other: [
    [3, String.raw`syllabus|course description|grading ?:|required (?:textbook|reading)|reading list|academic integrity|dear students|best regards|registration|timetable|safety rules|plan de cours|disponibilites|evaluation ?:|manuel obligatoire|bibliographie|lectures obligatoires|chers etudiants|cordialement|secretariat|emploi du temps|regles de securite|modulbeschreibung|prufungsleistung|leistungspunkte|literaturliste|pflichtlekture|liebe studierende|mit freundlichen grussen|studienburo|stundenplan|sicherheitsregeln|guia docente|evaluacion ?:|bibliografia|creditos ?:|lecturas obligatorias|estimad[oa]s estudiantes|un saludo|secretaria|\bhorario\b|normas de seguridad|\bects\b`],
    [2, String.raw`office hours|sprechstunde|tutorias|permanence|semesterapparat|on reserve`],
  ],
};

// What a document calls itself: a tutorial is taught, a reference is looked things up in, a
// glossary or release notes are neither. Read in the title lines only (see titleText): in the
// body these words are everywhere ("see the FAQ").
const titleCues: CueTable = {
  lecture: [[4, String.raw`tutorials?|tutoriel|tutoriales?|tutorium|anleitung|how-?to|getting started|first steps|premiers pas|erste schritte|primeros pasos|didacticiels?|a gentle introduction|introduction to|introduccion a|einfuhrung in|lessons?|lecons?|lecciones|leccion`]],
  notes: [
    [4, String.raw`reference|referenz|referencia|quick ?ref\w*|faq|frequently asked questions|foire aux questions|preguntas frecuentes|haufig gestellte fragen|cheat ?sheet`],
    // The format, not the genre: a tutorial can be a manual page too.
    [2, String.raw`manual page|man page|manpage`],
  ],
  other: [[4, String.raw`glossary|glossar|glossaire|glosario|release notes|release \d|versionshinweise|notes de version|notas de la version|what s new|what is new|new features|neue funktionen|neuerungen|nouvelles fonctionnalites|nouveautes|novedades|nuevas caracteristicas|changelog|change ?log|changes in`]],
};

type Compiled = { regex: RegExp; cues: Cue[] };

/**
 * One regex per table: each cue is a capture group, so a text is scanned once whatever the cue
 * count. Name cues are whole words ("orga" must not fire inside "organic").
 */
function compile(table: CueTable, flags: string, wholeWords: boolean): Compiled {
  const cues: Cue[] = [];
  for (const category of categories) {
    for (const [weight, pattern] of table[category] ?? []) cues.push({ category, pattern, weight });
  }
  const source = cues.map((c) => (wholeWords ? `((?<![a-z])(?:${c.pattern})(?![a-z]))` : `(${c.pattern})`)).join('|');
  return { regex: new RegExp(source, flags), cues };
}

const nameMatcher = compile(nameCues, 'g', true);
const textMatcher = compile(textCues, 'gm', false);
const titleMatcher = compile(titleCues, 'g', true);

const TITLE_LINES = 4;
/**
 * The first lines that read as a title: navigation bars ("Modules | Directives | FAQ") and
 * markup are skipped, so a web page saved as a file is read by its own title.
 */
function titleText(text: string): string {
  const lines: string[] = [];
  for (const raw of text.slice(0, 3_000).split('\n')) {
    // A row of cells is a navigation bar when it has several ("Modules | Directives | FAQ"), and
    // a page's title set in a table when it has one ("| E.21. Release 15 | | |").
    const cells = raw
      .split('|')
      .map((c) => c.trim())
      .filter((c) => /\p{L}{2}/u.test(c));
    if (cells.length !== 1) continue;
    lines.push(cells[0] as string);
    if (lines.length === TITLE_LINES) break;
  }
  return ` ${cueText(lines.join(' \n ')).replace(/[_\-.()[\]/\\:|>]+/g, ' ')} `;
}

/**
 * Folded, with apostrophes as spaces so "l'épreuve" meets the cue "l epreuve", and no-break and
 * other Unicode spaces as plain ones: French sets one before a colon, web pages between
 * "Chapitre" and its number.
 */
function cueText(text: string): string {
  return fold(text).replace(/['’]/g, ' ').replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}

/** Category text cues are read from the start (titles, instructions) and end (sign-offs) of long files. */
const TEXT_START = 12_000;
const TEXT_END = 1_500;
const TITLE_CHARS = 300;
const NAME_WEIGHT = 3;
const FOLDER_WEIGHT = 2;
/** Points for a learned example as similar as can be: a correction outweighs a name cue (3 × 3). */
const CORRECTED_EXAMPLE = 12;
const GUESSED_EXAMPLE = 2;

type Scores = Record<FileCategory, number>;

/** Adds cue evidence; repeats of one cue count less and less (1, 1/2, 1/3…). */
function score(scores: Scores, matcher: Compiled, text: string, weightAt: (index: number) => number): void {
  const seen = new Map<number, number>();
  for (const m of text.matchAll(matcher.regex)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const cue = matcher.cues[group - 1];
    if (!cue) continue;
    const times = (seen.get(group) ?? 0) + 1;
    seen.set(group, times);
    scores[cue.category] += (cue.weight * weightAt(m.index)) / times;
  }
}

function nameText(name: string): string {
  return ` ${cueText(name).replace(/\.[a-z][a-z0-9]{1,4}$/, '').replace(/[_\-.()[\]/\\]+/g, ' ')} `;
}

export type CategoryInput = {
  text: string;
  fileName: string;
  folderHint: string | null;
  language: DocumentLanguage;
  /** Stems of the document's top keywords, to recognise files similar to learned examples. */
  keywordStems: Set<string>;
  examples: LearnedExample[];
};

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.min(a.size, b.size);
}

/**
 * What the user's library says: a file named like this one ("Blatt 4" next to "Blatt 3"), or
 * one with the same keywords that the user corrected, votes for that file's category.
 * Keyword similarity alone counts only for corrections: an uncorrected category is our own guess.
 */
function exampleEvidence(scores: Scores, input: CategoryInput): void {
  const ownName = new Set(nameWords(`${input.fileName} ${input.folderHint ?? ''}`, input.language));
  for (const example of input.examples) {
    if (!example.category) continue;
    const nameSim = overlap(ownName, new Set(nameWords(example.fileName, input.language)));
    let similarity = nameSim;
    if (example.corrected) {
      const stems = new Set(example.keywords.flatMap((k) => wordsOf(k).map((w) => stem(w.toLowerCase(), input.language))));
      similarity = Math.max(nameSim, overlap(input.keywordStems, stems));
    }
    if (similarity < 0.5) continue;
    scores[example.category] += similarity * (example.corrected ? CORRECTED_EXAMPLE : GUESSED_EXAMPLE);
  }
}

/** Evidence needed before a category is more than a guess; also what "nothing found" scores. */
const BASELINE = 2;
const PROSE_PRIOR = 1.5;
const SLIDE_DECK = /\.(?:pptx?|odp|key)$/i;
const SLIDE_DECK_PRIOR = 1.5;

export function classifyCategory(input: CategoryInput): { category: FileCategory; confidence: number } {
  const scores: Scores = { lecture: 0, assignment: 0, notes: 0, exam: 0, other: 0 };
  score(scores, nameMatcher, nameText(input.fileName), () => NAME_WEIGHT);
  if (input.folderHint) score(scores, nameMatcher, nameText(input.folderHint), () => FOLDER_WEIGHT);
  const text = input.text.length > TEXT_START + TEXT_END ? `${input.text.slice(0, TEXT_START)}\n${input.text.slice(-TEXT_END)}` : input.text;
  score(scores, textMatcher, cueText(text), (at) => (at < TITLE_CHARS ? 2 : 1));
  score(scores, titleMatcher, titleText(input.text), () => 1);
  exampleEvidence(scores, input);

  // A slide deck is most often a lecture's.
  if (SLIDE_DECK.test(input.fileName)) scores.lecture += SLIDE_DECK_PRIOR;
  // Course prose that does not say what it is reads as notes: material to read and keep.
  if (input.text.trim().length > 200) scores.notes += PROSE_PRIOR;
  const ranked = [...categories].sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0] as FileCategory;
  // Nothing to read (an empty file, an image's) and no cue: 'other'.
  if (scores[best] === 0) return { category: 'other', confidence: 0.1 };
  // A softmax over the evidence, with "none of these" as one more option worth BASELINE.
  const total = categories.reduce((sum, c) => sum + Math.exp(scores[c] / 2), Math.exp(BASELINE / 2));
  const confidence = Math.exp(scores[best] / 2) / total;
  return { category: best, confidence: Math.round(Math.min(0.99, confidence) * 100) / 100 };
}
