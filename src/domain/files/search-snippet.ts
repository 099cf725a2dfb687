// A search hit's snippet: about two dozen words of the window PostgreSQL cut around the first
// match, with every word the query matches marked. A word matches when its Snowball stem, in the
// document's own language, is a lexeme of the query as that language's configuration parses it,
// the way the document's search vector matched (its stopwords left the query there). The parts
// are plain text: the UI never renders them as HTML.
import { fold, stemAsWritten } from '@/ai/local/text';
import type { SnippetWindow } from '@/db/queries/search';
import { languageOfConfig } from './text-search-configs';

type SnippetPart = { text: string; highlight: boolean };

const MAX_WORDS = 24;
/** Words kept before the first match, so it reads in context. */
const LEAD_WORDS = 6;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * The lexemes a tsquery's text form searches for (`'fix' & 'carbon' | !'leaf'`), folded; negated
 * ones are not. Quotes and backslashes in a lexeme come doubled.
 */
export function queryLexemes(tsquery: string): Set<string> {
  const lexemes = new Set<string>();
  for (const m of tsquery.matchAll(/(!?)\s*'((?:[^'\\]|''|\\.)*)'/g)) {
    if (!m[1]) lexemes.add(fold(m[2]!.replace(/''|\\(.)/g, (e, c: string | undefined) => c ?? "'")));
  }
  return lexemes;
}

const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);

export function snippetParts(window: SnippetWindow): SnippetPart[] {
  const language = languageOfConfig(window.config);
  const lexemes = queryLexemes(window.tsquery);
  // Lexemes share their first letters with the words they come from: only those words are stemmed.
  // A short lexeme may share only its first (English's irregular lying → lie, skies → sky).
  const heads = new Set([...lexemes].filter((l) => l.length > 3).map((l) => l.slice(0, 3)));
  const initials = new Set([...lexemes].filter((l) => l.length <= 3).map((l) => l[0]));
  const { text } = window;
  const cutAtStart = WORD_CHAR.test(window.before);
  const cutAtEnd = WORD_CHAR.test(window.after);
  const tokens: { start: number; end: number; hit: boolean }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    // A word the window cuts in two is left out.
    if ((start === 0 && cutAtStart) || (end === text.length && cutAtEnd)) continue;
    const head = word.slice(0, 3).toLowerCase();
    const folded = isAscii(head) ? head : fold(word.toLowerCase()).slice(0, 3);
    let hit = heads.has(folded) || initials.has(folded[0]);
    if (hit) {
      const lower = word.toLowerCase();
      hit = lexemes.has(stemAsWritten(lower, language)) || lexemes.has(fold(lower));
    }
    tokens.push({ start, end, hit });
  }
  if (tokens.length === 0) return [];
  const first = tokens.findIndex((t) => t.hit);
  const end = Math.min(tokens.length, Math.max(0, first - LEAD_WORDS) + MAX_WORDS);
  const begin = Math.max(0, end - MAX_WORDS);
  const parts: SnippetPart[] = [];
  const plain = (from: number, to: number) => {
    const s = text.slice(from, to).replace(/\s+/g, ' ');
    if (!s) return;
    const last = parts.at(-1);
    if (last && !last.highlight) last.text += s;
    else parts.push({ text: s, highlight: false });
  };
  let at = tokens[begin]!.start;
  for (const t of tokens.slice(begin, end)) {
    if (!t.hit) continue;
    plain(at, t.start);
    parts.push({ text: text.slice(t.start, t.end), highlight: true });
    at = t.end;
  }
  plain(at, tokens[end - 1]!.end);
  return parts;
}
