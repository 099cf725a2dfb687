// Words for the local provider: Unicode tokens, stopwords, Snowball stems, keywords.
// Matching works on folded stems (lowercase, no accents) so "Übungsblatt", "ubungsblatt" and
// "Übungsblätter" meet; keywords keep the form the document itself uses, for display.
import { deu, eng, fra, spa } from 'stopword';
// @ts-expect-error -- snowball-stemmers ships no type declarations; the one function we use is typed below.
import * as snowball from 'snowball-stemmers';
import type { DocumentLanguage } from '@/ai/provider';

type Stemmer = { stem(word: string): string };
const newStemmer = (snowball as { newStemmer(algorithm: string): Stemmer }).newStemmer;

type Known = Exclude<DocumentLanguage, 'other'>;
const knownLanguages: Known[] = ['en', 'fr', 'de', 'es'];
const algorithms: Record<Known, string> = { en: 'english', fr: 'french', de: 'german', es: 'spanish' };

/** A literal string as a regular-expression source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lowercase without accents (and ß as ss): the form every comparison uses. */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss');
}

// The stopword package's lists are uneven (its Spanish list lacks "es", "son", "este"…); these
// fill the gaps that otherwise surface as "keywords".
const extraStopwords: Record<Known, string[]> = {
  en: ['its', 'may', 'also', 'every', 'whether', 'without', 'within', 'upon', 'via', 'per', 'yet', 'etc', 'one', 'two', 'three', 'new', 'use', 'used', 'using'],
  fr: ['cette', 'ces', 'entre', 'tout', 'tous', 'toute', 'toutes', 'aussi', 'selon', 'sous', 'lors', 'dont', 'peut', 'plus', 'moins', 'très', 'deux', 'trois', 'chaque', 'leurs', 'sinon', 'ainsi', 'alors', 'comme', 'encore'],
  de: ['wurde', 'wurden', 'sowie', 'bzw', 'ca', 'usw', 'etwa', 'jeweils', 'dass'],
  es: ['es', 'son', 'está', 'están', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'entre', 'cada', 'hay', 'tiene', 'tienen', 'puede', 'pueden', 'ser', 'fue', 'han', 'ha', 'dos', 'tres', 'aquí', 'así', 'según', 'todo', 'todos', 'toda', 'todas', 'mediante', 'tras', 'cual', 'cuales', 'algún', 'alguna', 'ningún', 'los', 'las', 'unos', 'unas'],
};

// Words every course file has — the furniture of slides, problem sets, exams and letters. They
// say what kind of file it is (category.ts reads them as phrases), never what it is about, so
// they are neither keywords nor course evidence.
const boilerplate: Record<Known, string> = {
  en: `lecture lectures slide slides week chapter chapters page pages session class unit homework assignment problem problems
    exercise exercises question questions answer answers point points pts exam exams midterm final quiz test notes note summary
    review due submit deadline total name student students course professor prof instructor university semester term today next
    last example examples definition outline recap objective objectives learning bonus credit solution solutions minute minutes
    hour hours time allowed calculator calculators show work explain describe compute calculate discuss give find determine draw
    remember important reading textbook office edition good luck end syllabus dear regards room building idea key main concept
    concepts part section figure table please must need able justify write label predict propose assess analyze analyse
    compare following expected worked common mistake later come back build covered look submission submissions late
    duration appointment grading integrity academic description canvas moodle blackboard pdf handout handouts phone phones
    single legibly type upload group groups classmates own todo ask reread cf worksheet lose day days`,
  fr: `cours diapo diapos diapositive diapositives semaine chapitre chapitres page pages séance leçon devoir devoirs td tp exercice
    exercices question questions réponse réponses point points pts examen examens partiel final interrogation contrôle notes note
    résumé fiche rendre date limite total nom étudiant étudiants professeur prof enseignant université semestre aujourd hui
    suivante prochaine exemple exemples définition plan rappel objectif objectifs bonus corrigé minutes heure heures durée
    calculatrice justifiez expliquez décrivez calculez donnez déterminez montrez dessinez nommez prévoyez proposez attribuez
    écrivez comparez évaluez analysez discutez rédigez retenir important lecture lectures manuel édition courage fin chers
    cordialement salle bâtiment idée clé notion notions partie section figure tableau essentielles synthèse erreur
    fréquente reviendrons rendu rédaction présentation moodle permanence disponibilités intégrité téléphones éteints rangés
    copie copies indiquez numéro binôme rédige rendez déposer fichier autorisés interdits documents demander revoir
    bibliographie retard pénalisé jour jours travailler chacun prises compte`,
  de: `vorlesung vorlesungen folie folien woche kapitel seite seiten sitzung einheit übung übungen übungsblatt blatt hausaufgabe
    hausübung aufgabe aufgaben frage fragen antwort antworten punkte punkt klausur prüfung notizen mitschrift zusammenfassung
    abgabe termin gesamt name student studierende dozent dozentin professor prof dr universität semester heute nächste beispiel
    beispiele definition gliederung wiederholung lernziel lernziele bonus lösung lösungen minuten stunde stunden
    bearbeitungszeit taschenrechner begründen erklären erläutern beschreiben berechnen bestimmen zeigen zeichnen geben
    benennen formulieren vergleichen beurteilen analysieren diskutieren erörtern verfassen passen schlagen merke wichtig
    lektüre lehrbuch auflage erfolg liebe grüße raum gebäude kernidee begriffe zentrale fazit teil abschnitt abbildung
    tabelle fehler häufiger dauer moodle ilias sprechstunde mobiltelefone auszuschalten matrikelnummer hilfsmittel laden
    hochladen einzige erlaubt zweiergruppen leserlich bearbeiten tragen verspätete abgaben bewertet nochmal vgl
    zwischentest modulprüfung probeklausur abschlussklausur nachklausur literaturliste modulbeschreibung stundenplan`,
  es: `clase clases tema temas diapositiva diapositivas semana capítulo capítulos página páginas sesión lección tarea práctica
    ejercicio ejercicios pregunta preguntas respuesta respuestas punto puntos ptos examen exámenes parcial final apuntes resumen
    esquema entrega fecha plazo total nombre estudiante estudiantes profesor profesora prof dra universidad cuatrimestre
    semestre hoy próxima ejemplo ejemplos definición índice repaso objetivo objetivos solución soluciones minutos hora horas
    duración calculadora justifique explique describa calcule indique halle demuestre dibuje prediga proponga asigne
    compare valore analice comente redacte obtenga resuelva ajuste importante lectura lecturas manual edición suerte fin
    estimados saludo aula edificio idea clave concepto conceptos principales conclusión parte sección figura tabla error
    frecuente volveremos campus virtual tutorías apague móvil dni conteste escriba letra clara hojas archivo subir parejas
    redacta permite preguntar pendiente releer bibliografía horario corrigen`,
};

// Months and weekdays name a date, not a subject.
const calendarWords = `january february march april may june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday janvier février mars avril mai juin juillet août septembre octobre novembre décembre
  lundi mardi mercredi jeudi vendredi samedi dimanche januar februar märz juni juli oktober dezember montag dienstag mittwoch
  donnerstag freitag samstag sonntag enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
  lunes martes miércoles jueves viernes sábado domingo`;

// What cameras, scanners and "Save as" put in file names: never about the content.
const fileNameJunk = `scan scans scanned img image images photo dsc document documents doc docx pdf jpg jpeg png heic pptx txt md
  final finale untitled copy download downloads version new file files draft whatsapp camscanner screenshot neues dokument dokumente datei unbenannt
  endversion kopie nouveau fichier sans titre numérisation documento documentos archivo escaneo descarga sin título copia`;

function list(words: string): string[] {
  return words.split(/\s+/).filter(Boolean);
}

const stopwordLists: Record<Known, string[]> = { en: eng, fr: fra, de: deu, es: spa };

const stemCaches = new Map<string, Map<string, string>>();
const stemmers = new Map<Known, Stemmer>();
// Bounded so a long-running worker does not grow without limit; 50k distinct words is plenty.
const STEM_CACHE_LIMIT = 50_000;

function stemmerFor(language: Known): Stemmer {
  let stemmer = stemmers.get(language);
  if (!stemmer) stemmers.set(language, (stemmer = newStemmer(algorithms[language])));
  return stemmer;
}

function memoised(cacheKey: string, word: string, compute: (word: string) => string): string {
  let cache = stemCaches.get(cacheKey);
  if (!cache) stemCaches.set(cacheKey, (cache = new Map()));
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const stemmed = compute(word);
  if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
  cache.set(word, stemmed);
  return stemmed;
}

/** The folded Snowball stem of a lowercase word, memoised per language. 'other' is not stemmed. */
export function stem(word: string, language: DocumentLanguage): string {
  // Stemming the folded word makes "energía" and "energia" meet; Snowball's accent-aware
  // suffix rules lose little by it (checked on en/fr/de/es course vocabulary).
  return memoised(language, word, (w) => (language === 'other' ? fold(w) : stemmerFor(language).stem(fold(w))));
}

/**
 * The Snowball stem of a lowercase word as written, then folded: the lexeme PostgreSQL's
 * dictionary gives it ("energía" → "energ", where `stem` gives "energi"), in comparable form.
 */
export function stemAsWritten(word: string, language: DocumentLanguage): string {
  return memoised(`${language}:written`, word, (w) => fold(language === 'other' ? w : stemmerFor(language).stem(w)));
}

type Vocabulary = { stopwords: Set<string>; boilerplateStems: Set<string>; junk: Set<string> };
const vocabularies = new Map<DocumentLanguage, Vocabulary>();

/**
 * Stopwords (folded), boilerplate stems and file-name junk of a language, built once.
 * 'other' gets the union of the four lists: such documents are usually in a language we cannot
 * stem, and the big four's function words mixed into them are noise, never topics.
 */
function vocabulary(language: DocumentLanguage): Vocabulary {
  const cached = vocabularies.get(language);
  if (cached) return cached;
  const langs = language === 'other' ? knownLanguages : [language];
  const stopwords = new Set(langs.flatMap((l) => [...stopwordLists[l], ...extraStopwords[l]]).map(fold));
  const boilerplateStems = new Set([...langs.flatMap((l) => list(boilerplate[l])), ...list(calendarWords)].map((w) => stem(w.toLowerCase(), language)));
  const junk = new Set(list(fileNameJunk).map(fold));
  const built = { stopwords, boilerplateStems, junk };
  vocabularies.set(language, built);
  return built;
}

// A word starts with a letter and may carry digits (CO2, SN2); hyphens and apostrophes split
// ("l'énergie" → "énergie", "DNA-Replikation" → "DNA", "Replikation").
const WORD = /[\p{L}][\p{L}\p{M}\p{N}]*/gu;

/** Every word of a text, in order, as written. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export type TermStat = { count: number; score: number; forms: Map<string, number> };
/** Per folded stem: how often it occurs, its keyword score, and the surface forms seen. */
export type TermStats = Map<string, TermStat>;

function isContentWord(folded: string, vocab: Vocabulary): boolean {
  if (folded.length < 3 || vocab.stopwords.has(folded) || vocab.junk.has(folded)) return false;
  const digits = folded.replace(/\D/g, '').length;
  return digits * 2 < folded.length;
}

/** Where the title lives: the first few non-empty lines (at most 400 characters). */
function headLength(text: string): number {
  let lines = 0;
  let at = 0;
  while (at < text.length && at < 400 && lines < 4) {
    const end = text.indexOf('\n', at);
    const next = end === -1 ? text.length : end + 1;
    if (text.slice(at, next).trim()) lines++;
    at = next;
  }
  return Math.min(at, 400);
}

/**
 * One pass over the text: content words grouped by stem. The keyword score is term frequency,
 * boosted for the title lines and for words written as terms (acronyms, mid-sentence capitals
 * outside German, where every noun is capitalised), and damped on lines that are mostly
 * boilerplate — "No calculators or phones are allowed." is about the exam room, not the subject.
 */
export function termStats(text: string, language: DocumentLanguage): TermStats {
  const vocab = vocabulary(language);
  const stats: TermStats = new Map();
  const head = headLength(text);
  // Each distinct spelling is looked at once per call: folded, filtered, stemmed.
  const seen = new Map<string, SurfaceWord | null>();
  const keys: string[] = [];
  const surfaces: string[] = [];
  const weights: number[] = [];
  let boilerplateOnLine = 0;
  let lineEnd = -1;

  const commit = () => {
    const damping = boilerplateOnLine > 0 && boilerplateOnLine >= keys.length ? 0.3 : 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const surface = surfaces[i] as string;
      let stat = stats.get(key);
      if (!stat) stats.set(key, (stat = { count: 0, score: 0, forms: new Map() }));
      stat.count++;
      stat.score += (weights[i] as number) * damping;
      stat.forms.set(surface, (stat.forms.get(surface) ?? 0) + 1);
    }
    keys.length = 0;
    surfaces.length = 0;
    weights.length = 0;
    boilerplateOnLine = 0;
  };

  for (const match of text.matchAll(WORD)) {
    const at = match.index;
    if (at > lineEnd) {
      commit();
      lineEnd = text.indexOf('\n', at);
      if (lineEnd === -1) lineEnd = text.length;
    }
    const surface = match[0];
    let word = seen.get(surface);
    if (word === undefined) seen.set(surface, (word = surfaceWord(surface, language, vocab)));
    if (word === null) continue;
    if (word.boilerplate) {
      boilerplateOnLine++;
      continue;
    }
    let weight = word.weight;
    if (at < head) weight += 1.5;
    if (word.initialCapital && language !== 'de' && !sentenceStart(text, at)) weight += 0.5;
    keys.push(word.key);
    surfaces.push(surface);
    weights.push(weight);
  }
  commit();
  return stats;
}

type SurfaceWord = { key: string; boilerplate: boolean; weight: number; initialCapital: boolean };

/** What a spelling is worth wherever it occurs; null for stopwords, junk and numbers. */
function surfaceWord(surface: string, language: DocumentLanguage, vocab: Vocabulary): SurfaceWord | null {
  const lower = surface.toLowerCase();
  const folded = fold(lower);
  if (!isContentWord(folded, vocab)) return null;
  const key = stem(lower, language);
  const upperInside = surface.slice(1) !== surface.slice(1).toLowerCase();
  return {
    key,
    boilerplate: vocab.boilerplateStems.has(key),
    // Acronyms and inner capitals (ATP, mRNA) are terms; long words tend to be technical.
    weight: 1 + (upperInside ? 1 : 0) + (folded.length >= 9 ? 0.25 : 0),
    initialCapital: !upperInside && surface !== lower,
  };
}

function sentenceStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 6; i--) {
    const ch = text[i] as string;
    if (ch === ' ' || ch === '\t' || ch === '(' || ch === '"' || ch === '«' || ch === '¿' || ch === '¡') continue;
    return ch === '\n' || ch === '.' || ch === '!' || ch === '?' || ch === ':' || ch === '•' || ch === '-' || ch === '*' || ch === '>';
  }
  return true;
}

/** Most frequent surface form; on a tie the less capitalised one ("cell" over "Cell"). */
function displayForm(forms: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && form === form.toLowerCase())) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

/** The top keywords of precomputed stats, in display form. */
export function keywordsOf(stats: TermStats, limit = 12): string[] {
  return [...stats.entries()]
    .sort((a, b) => b[1].score - a[1].score || b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([, stat]) => displayForm(stat.forms));
}

/** Up to `limit` keywords in the document's own spelling, most important first. */
export function extractKeywords(text: string, language: DocumentLanguage, limit = 12): string[] {
  return keywordsOf(termStats(text, language), limit);
}

/** Content stems and their counts, for similarity matching. */
export function stemTerms(text: string, language: DocumentLanguage): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [key, stat] of termStats(text, language)) counts.set(key, stat.count);
  return counts;
}

/** Folded words of a file name or folder, without numbers, stopwords or scanner junk ("scan_0012"). */
export function nameWords(name: string, language: DocumentLanguage): string[] {
  const vocab = vocabulary(language);
  const spaced = name
    .replace(/\.[a-z][a-z0-9]{1,4}$/i, '')
    .replace(/([\p{Ll}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{L})(\d)/gu, '$1 $2');
  return wordsOf(spaced)
    .map(fold)
    .filter((w) => w.length >= 2 && !/\d/.test(w) && !vocab.stopwords.has(w) && !vocab.junk.has(w));
}
