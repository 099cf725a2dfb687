// Names come from the student's machine: they are kept for display and search, but never trusted as
// paths, markup or control sequences.
import { normalizeName } from '../text/normalize-text';

const MAX_NAME = 200;
const MAX_HINT = 300;

function clean(part: string): string {
  // normalizeName drops control and bidi characters (lone surrogates become U+FFFD, NFC); zero-width
  // characters and direction marks go too, as nobody means them in a file name.
  return normalizeName(part)
    .replace(/[\u200b-\u200f]/g, '')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shortens a name to max characters, keeping its extension. */
function shorten(name: string, max: number): string {
  if ([...name].length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return [...name.slice(0, name.length - ext.length)].slice(0, max - ext.length - 1).join('').trimEnd() + '…' + ext;
}

/**
 * Splits what the browser sent ("BIO101/Week 3/lecture.pdf" for a dropped folder) into the file's
 * own name and the folder path it came from. `..`, `.` and empty segments are dropped.
 */
export function sanitizeUploadName(raw: string): { name: string; folderHint: string | null } {
  const segments = raw
    .split(/[\\/]+/)
    .map(clean)
    .filter((s) => s !== '' && s !== '.' && s !== '..' && /[^._ ]/.test(s));
  const last = segments.pop();
  const name = last ? shorten(last, MAX_NAME) : 'unnamed';
  const hint = segments.length ? shorten(segments.slice(-6).join('/'), MAX_HINT) : null;
  return { name, folderHint: hint };
}
