// The smart name: `[Course code] - [Category] - [Topic] - [Date]`, in the student's locale.
import type { Locale } from '@/i18n/locales';

const ILLEGAL = /[\\/:*?"<>|\u0000-\u001f]/g;
const MAX = 150;

export type SmartNameParts = {
  /** The course's code, or its name when it has none; null when the file has no course. */
  course: string | null;
  /** The category word, already translated. */
  category: string;
  topic: string | null;
  /** ISO date. */
  date: string | null;
};

export function formatDocumentDate(iso: string, locale: Locale): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

export function smartName(parts: SmartNameParts, locale: Locale): string {
  const segments = [parts.course, parts.category, parts.topic, parts.date ? formatDocumentDate(parts.date, locale) : null]
    .map((s) => s?.replace(ILLEGAL, ' ').replace(/\s+/g, ' ').trim())
    .filter((s): s is string => Boolean(s));
  const name = segments.join(' - ');
  return name.length > MAX ? `${name.slice(0, MAX - 1).trimEnd()}…` : name;
}

/** Appends " (2)", " (3)"… until the name is free in the course (case-insensitively). */
export function uniqueName(name: string, taken: Set<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
