// Language detection for the local provider: franc-min trigrams over a cleaned, bounded sample.
import { francAll } from 'franc-min';
import type { DocumentLanguage } from '@/ai/provider';

const supported: Record<string, DocumentLanguage> = { eng: 'en', fra: 'fr', deu: 'de', spa: 'es' };

// Our four languages plus the Latin-script languages most easily mistaken for them. Without the
// neighbours, Italian would come out as Spanish and Dutch as German; without a limit, short
// technical text drifts into languages no student here writes in (Tagalog, Hausa…).
const candidates = ['eng', 'fra', 'deu', 'spa', 'ita', 'por', 'nld', 'ron', 'pol', 'ces', 'hun', 'swe', 'tur', 'hrv'];

/** Prose taken from the start and from the middle of the text; franc itself reads at most 2048. */
const SAMPLE_HALF = 1000;
/** Raw characters read per window: enough to keep SAMPLE_HALF after formulas and links are dropped. */
const WINDOW = 4000;
/** Fewer letters than this cannot be told apart reliably. */
const MIN_LETTERS = 40;

// Things that are not the language: links, addresses, and any token carrying digits or maths
// ("f(x)=3x^2", "12.5%", "x_1", "CH3CH2COCH3") — they would skew trigrams towards nothing.
const URL = /^(?:https?:\/\/|www\.)/iu;
const NOT_PROSE = /[\p{N}@=+^_\\{}<>|~*/#$%&[\]∫∑√±×÷≤≥≠∞λ]/u;

function prose(window: string): string {
  return window
    .replace(/[()]/g, ' ')
    .split(/\s+/)
    .filter((token) => token && !URL.test(token) && !NOT_PROSE.test(token))
    .join(' ')
    .slice(0, SAMPLE_HALF);
}

/** Only the words that carry the language, from the start and the middle of the text. */
function sample(text: string): string {
  const start = prose(text.slice(0, WINDOW));
  if (text.length <= 2 * WINDOW) return `${start} ${prose(text.slice(WINDOW, 2 * WINDOW))}`.trim();
  const middle = Math.floor(text.length / 2);
  return `${start} ${prose(text.slice(middle, middle + WINDOW))}`;
}

/** Passages voted on separately; franc's scores are comparable only between texts of similar length. */
const PASSAGE = 400;

function passages(sampled: string): string[] {
  const out: string[] = [];
  let rest = sampled;
  while (rest.length > PASSAGE * 1.5) {
    const cut = rest.lastIndexOf(' ', PASSAGE);
    out.push(rest.slice(0, cut > 0 ? cut : PASSAGE));
    rest = rest.slice(cut > 0 ? cut + 1 : PASSAGE);
  }
  out.push(rest);
  return out;
}

/**
 * franc's best guess for one passage, and how sure: franc scores the best language 1 and the
 * others relative to it, so the gap to the runner-up measures certainty. On 400-character
 * passages of course text the gap to the runner-up is typically 0.07–0.12; Portuguese passages
 * beat Spanish by ~0.05.
 */
function vote(passage: string): { code: string; certainty: number } {
  const [top, second] = francAll(passage, { only: candidates, minLength: 10 });
  if (!top) return { code: 'und', certainty: 0 };
  return { code: top[0], certainty: Math.min(1, 0.5 + (top[1] - (second?.[1] ?? 0)) * 5) };
}

export function detectLanguage(text: string): { language: DocumentLanguage; confidence: number } {
  const prose = sample(text);
  const letters = prose.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { language: 'other', confidence: 0 };
  const amount = Math.min(1, letters / 200);
  // Our four languages are written in Latin script; mostly-Cyrillic, Greek or CJK text is 'other'.
  const latin = prose.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin < letters / 2) return { language: 'other', confidence: round(amount) };

  // Each passage votes with its certainty; the confidence is the winner's share of all votes.
  const votes = new Map<string, number>();
  const parts = passages(prose);
  for (const part of parts) {
    const { code, certainty } = vote(part);
    votes.set(code, (votes.get(code) ?? 0) + certainty);
  }
  const [code, weight] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['und', 0];
  if (code === 'und') return { language: 'other', confidence: 0 };
  return { language: supported[code] ?? 'other', confidence: round((weight / parts.length) * amount) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
