// A search hit's snippet: about two dozen words of the window PostgreSQL cut around the first
// match, with every word the query matches marked. A word matches when its Snowball stem, in the
// document's own language, is one of the query's lexemes, as in the document's search vector;
// stopwords of that language never do. The parts are plain text: the UI never renders them as HTML.
import { fold, isStopword, stem } from '@/ai/local/text';
import type { SnippetWindow } from '@/db/queries/search';
import { languageOfConfig } from './text-search-configs';

export type SnippetPart = { text: string; highlight: boolean };

const MAX_WORDS = 24;
/** Words kept before the first match, so it reads in context. */
const LEAD_WORDS = 6;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** The lexemes of a tsquery's text form (`'inflat' | 'inflation' & 'rate'`), folded. */
export function queryLexemes(tsquery: string): Set<string> {
  return new Set([...tsquery.matchAll(/'((?:[^']|'')*)'/g)].map((m) => fold(m[1]!.replace(/''/g, "'"))));
}

/** Lexemes share their first letters with the words they come from; only those words are stemmed. */
function headsOf(lexemes: Set<string>): Set<string> {
  return new Set([...lexemes].map((l) => l.slice(0, 3)));
}

const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);

export function snippetParts(window: SnippetWindow, lexemes: Set<string>, length: number): SnippetPart[] {
  const language = languageOfConfig(window.config);
  const heads = headsOf(lexemes);
  // One character past the window says the text goes on: the word it cuts is dropped, as is a
  // word cut at the window's start.
  const continues = window.text.length > length;
  const text = continues ? window.text.slice(0, length) : window.text;
  const tokens: { start: number; end: number; hit: boolean }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    if ((start === 0 && window.from > 1) || (end === text.length && continues)) continue;
    const head = word.slice(0, 3).toLowerCase();
    let hit = heads.has(isAscii(head) ? head : fold(head).slice(0, 3));
    if (hit) {
      const lower = word.toLowerCase();
      hit = !isStopword(lower, language) && (lexemes.has(stem(lower, language)) || lexemes.has(fold(lower)));
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
