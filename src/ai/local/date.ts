// The date a file is about, from its name or its first lines, as ISO YYYY-MM-DD.
//
// Numeric day/month order. Dotted dates (12.03.2026) are always day-first. A slashed or dashed
// date with a part above 12 decides itself (25/03 is day-first, 03/25 month-first). An
// ambiguous one (03/04/2026) is month-first only for US-English documents: English text whose
// own unambiguous numeric dates are month-first, or — when it has none — whose reader uses the
// en-US locale or which writes dates "March 12, 2026". Everything else is day-first, the
// convention of French, German, Spanish and British text.
import type { DocumentLanguage } from '@/ai/provider';
import type { Locale } from '@/i18n/locales';
import { fold } from './text';

const monthWords: [number, string[]][] = [
  [1, ['january', 'jan', 'janvier', 'janv', 'januar', 'janner', 'enero', 'ene']],
  [2, ['february', 'feb', 'fevrier', 'fevr', 'fev', 'februar', 'febrero']],
  [3, ['march', 'mar', 'mars', 'marz', 'maerz', 'marzo']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr']],
  [5, ['may', 'mai', 'mayo']],
  [6, ['june', 'jun', 'juin', 'juni', 'junio']],
  [7, ['july', 'jul', 'juillet', 'juil', 'juli', 'julio']],
  [8, ['august', 'aug', 'aout', 'agosto', 'ago']],
  [9, ['september', 'sept', 'sep', 'septembre', 'septiembre', 'setiembre']],
  [10, ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre']],
  [11, ['november', 'nov', 'novembre', 'noviembre']],
  [12, ['december', 'dec', 'decembre', 'dezember', 'dez', 'diciembre', 'dic']],
];
const monthOf = new Map(monthWords.flatMap(([n, names]) => names.map((name) => [name, n] as const)));
const MONTH = [...monthOf.keys()].sort((a, b) => b.length - a.length).join('|');

// "12 March 2026", "12. März 2026", "1er mars 2026", "12 de marzo de 2026", "12th of March 2026"
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(?:de\\s+|of\\s+)?(${MONTH})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`, 'gu');
// "March 12, 2026", "Mar 12th 2026"
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gu');
// "2026-03-12", "2026_03_12", "2026.03.12", "2026/03/12"
const YEAR_FIRST = /(?<!\d)(\d{4})([-_./])(\d{1,2})\2(\d{1,2})(?!\d)/g;
// "12.03.2026", "12/03/2026", "3/12/2026", "12-03-2026"
const YEAR_LAST = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g;
// "20260312" — only trusted in names, where scanners and phones put it.
const COMPACT = /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g;

// A date deep in the text counts only when it is labelled as the file's date ("Due: …", "Abgabe: …");
// otherwise "the Treaty was signed on 7 February 1992" would date a history lecture.
const BODY_CUE = /(?:due|deadline|submit|submission|dated?|exam|quiz|abgabe|frist|termin|datum|klausur|prufung|rendre|rendu|limite|examen|partiel|fecha|entrega|entregar|plazo)\W*(?:\S+\s+){0,3}$/u;

const HEAD_LINES = 12;
const SHORT_LINE = 60;
const HEAD_CHARS = 1500;
const BODY_CHARS = 20_000;

type Found = { at: number; iso: string };

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function findDates(folded: string, monthFirst: boolean, compact: boolean): Found[] {
  const found: Found[] = [];
  const add = (at: number, iso: string | null) => iso && found.push({ at, iso });
  for (const m of folded.matchAll(DAY_MONTH_YEAR)) add(m.index, isoDate(Number(m[3]), monthOf.get(m[2] as string) ?? 0, Number(m[1])));
  for (const m of folded.matchAll(MONTH_DAY_YEAR)) add(m.index, isoDate(Number(m[3]), monthOf.get(m[1] as string) ?? 0, Number(m[2])));
  for (const m of folded.matchAll(YEAR_FIRST)) add(m.index, isoDate(Number(m[1]), Number(m[3]), Number(m[4])));
  for (const m of folded.matchAll(YEAR_LAST)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = m[2] === '.' || a > 12 || (b <= 12 && !monthFirst);
    add(m.index, dayFirst ? isoDate(Number(m[4]), b, a) : isoDate(Number(m[4]), a, b));
  }
  if (compact) for (const m of folded.matchAll(COMPACT)) add(m.index, isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  return found.sort((x, y) => x.at - y.at);
}

/** Whether ambiguous slashed dates in this document read month-first (see the rule above). */
function readsMonthFirst(folded: string, language: DocumentLanguage, locale: Locale | undefined): boolean {
  if (language !== 'en') return false;
  for (const m of folded.matchAll(YEAR_LAST)) {
    if (m[2] === '.') continue;
    if (Number(m[1]) > 12) return false;
    if (Number(m[3]) > 12) return true;
  }
  if (locale === 'en-US') return true;
  if (locale === 'en-GB') return false;
  return new RegExp(MONTH_DAY_YEAR.source, 'u').test(folded);
}

function headOf(text: string): string {
  let lines = 0;
  let end = 0;
  while (end < text.length && end < HEAD_CHARS && lines < HEAD_LINES) {
    const next = text.indexOf('\n', end);
    const stop = next === -1 ? text.length : next + 1;
    if (text.slice(end, stop).trim()) lines++;
    end = stop;
  }
  return text.slice(0, Math.min(end, HEAD_CHARS));
}

/**
 * A header date stands on a short line ("12 March 2026", "Due: 3/12/2026") or follows a label;
 * a date inside a sentence ("the Treaty was signed on 7 February 1992") is history, not the file's.
 */
function standsOut(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end === -1 ? text.length : end);
  return line.trim().length <= SHORT_LINE || BODY_CUE.test(text.slice(Math.max(start, at - 40), at));
}

/**
 * The file's date: from its name first, then the first lines of the text, then a labelled date
 * ("Due …") further down. Impossible dates (31.02.) and years outside 1990–2100 are ignored.
 */
export function extractDate(text: string, fileName: string, language: DocumentLanguage, locale?: Locale): string | null {
  const body = fold(text.slice(0, BODY_CHARS));
  const name = fold(fileName);
  const monthFirst = readsMonthFirst(`${name}\n${body}`, language, locale);

  const inName = findDates(name, monthFirst, true)[0];
  if (inName) return inName.iso;
  const head = fold(headOf(text));
  const inHead = findDates(head, monthFirst, false).find((f) => standsOut(head, f.at));
  if (inHead) return inHead.iso;
  const labelled = findDates(body, monthFirst, false).find((f) => BODY_CUE.test(body.slice(Math.max(0, f.at - 40), f.at)));
  return labelled?.iso ?? null;
}
