// The one normaliser for text that enters CourseFlow: request fields, query parameters, file
// names and extracted document text. PostgreSQL text cannot hold U+0000, and control or
// bidi-override characters in a name can hide what it says (U+202E turns "gpj.exe" into "exe.jpg").
import { z } from 'zod';

// C0 controls except tab and line feed, DEL, and C1 controls.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Embeddings, overrides and isolates: invisible, and they reorder what is shown.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
// Anything a one-line name must not hold: every control character (tab and newlines too) and bidi controls.
const NOT_IN_NAMES = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;

/**
 * Lone surrogates (and so the U+FFFD that invalid bytes already decode to) become U+FFFD, line
 * ends become \n, control characters other than tab and newline go, and the text is NFC.
 */
export function normalizeText(input: string): string {
  return input.toWellFormed().replace(/\r\n?/g, '\n').replace(CONTROL, '').normalize('NFC');
}

/** normalizeText, and bidi controls removed too: for names taken from elsewhere (uploaded file names). */
export function normalizeName(input: string): string {
  return normalizeText(input).replace(BIDI_CONTROL, '').replace(/[\t\n\u2028\u2029]+/g, ' ');
}

/** Whether a one-line name holds a character it must not (control, newline, tab or bidi control). */
export function hasForbiddenNameCharacters(input: string): boolean {
  return NOT_IN_NAMES.test(input.toWellFormed());
}

/** The field issue code (errors catalog `fields.invalid_characters`) for a refused character. */
export const INVALID_CHARACTERS = 'invalid_characters';

/**
 * A free-text field (notes, search queries, descriptions): normalised, never refused for its
 * characters. Chain length checks after it: they then count what is stored.
 */
export const textField = () => z.string().overwrite(normalizeText);

/**
 * A one-line name a person types (course, folder, file display name, profile name): control and
 * bidi characters are refused with 400 `invalid_characters` naming the field; the rest is NFC.
 */
export const nameField = () =>
  z
    .string()
    .refine((s) => !hasForbiddenNameCharacters(s), { params: { code: INVALID_CHARACTERS } })
    .overwrite(normalizeText);
