import { describe, expect, it } from 'vitest';
import { queryLexemes, snippetParts } from './search-snippet';

const LENGTH = 320;
const at = (text: string, config = 'english', from = 1) => ({ text, from, config });
const marked = (parts: { text: string; highlight: boolean }[]) => parts.filter((p) => p.highlight).map((p) => p.text);

describe('queryLexemes', () => {
  it('reads the lexemes of a tsquery, folded, quotes included', () => {
    expect(queryLexemes(`( 'fix' & 'carbon' ) | ( 'fixing' & 'carbon' ) | 'o''neil' | 'économ'`)).toEqual(new Set(['fix', 'carbon', 'fixing', "o'neil", 'econom']));
    expect(queryLexemes('')).toEqual(new Set());
  });
});

describe('snippetParts', () => {
  it('marks inflected forms by the stem of the document language, and keeps markup as plain text', () => {
    const lexemes = queryLexemes(`( 'fix' & 'carbon' ) | ( 'fixing' & 'carbon' )`);
    expect(snippetParts(at('The Calvin cycle <script>x</script> fixes Carbon.'), lexemes, LENGTH)).toEqual([
      { text: 'The Calvin cycle <script>x</script> ', highlight: false },
      { text: 'fixes', highlight: true },
      { text: ' ', highlight: false },
      { text: 'Carbon', highlight: true },
    ]);
  });

  it('never marks a stopword of the document language, even when the query has it', () => {
    const lexemes = queryLexemes(`'economi' | 'the' & 'economy'`);
    expect(marked(snippetParts(at('In the economy of the region'), lexemes, LENGTH))).toEqual(['economy']);
    // In a French document "the" is no stopword: the word typed is the word found.
    expect(marked(snippetParts(at('Le mot anglais the', 'french'), lexemes, LENGTH))).toEqual(['the']);
  });

  it('stems German and Spanish words with their accents and umlauts as the database does', () => {
    expect(marked(snippetParts(at('Die Märkten und Preise', 'german'), queryLexemes(`'markt'`), LENGTH))).toEqual(['Märkten']);
    expect(marked(snippetParts(at('La energía solar', 'spanish'), queryLexemes(`'energ' | 'energia'`), LENGTH))).toEqual(['energía']);
    // 'simple' only lowercases.
    expect(marked(snippetParts(at('Ein Übungsblatt', 'simple'), queryLexemes(`'übungsblatt'`), LENGTH))).toEqual(['Übungsblatt']);
  });

  it('drops the words the window cuts, and keeps two dozen words from just before the first match', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
    words[30] = 'inflation';
    const text = `ation ${words.join(' ')} tra`;
    const parts = snippetParts({ text: text + 'x', from: 500, config: 'english' }, queryLexemes(`'inflat'`), text.length);
    const shown = parts.map((p) => p.text).join('');
    expect(shown.startsWith('w24 ')).toBe(true);
    expect(shown.split(' ')).toHaveLength(24);
    expect(marked(parts)).toEqual(['inflation']);
    // Cut on both sides: "ation" ends a word that began before the window, "tra" goes on after it.
    const cut = 'ation of prices rose tra';
    expect(snippetParts({ text: `${cut}x`, from: 80, config: 'english' }, queryLexemes(`'price'`), cut.length)).toEqual([
      { text: 'of ', highlight: false },
      { text: 'prices', highlight: true },
      { text: ' rose', highlight: false },
    ]);
    // At the very start of a document the first word is whole, and a window that ends the text keeps its last word.
    expect(snippetParts(at('Inflation rose', 'english', 1), queryLexemes(`'inflat'`), LENGTH)).toEqual([
      { text: 'Inflation', highlight: true },
      { text: ' rose', highlight: false },
    ]);
  });

  it('shows the window’s first words when nothing in it matches', () => {
    expect(snippetParts(at('Only names matched here.'), queryLexemes(`'zebra'`), LENGTH)).toEqual([{ text: 'Only names matched here', highlight: false }]);
  });
});
