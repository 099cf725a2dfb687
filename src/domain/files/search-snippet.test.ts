import { describe, expect, it } from 'vitest';
import { queryLexemes, snippetParts } from './search-snippet';

/** A window as PostgreSQL cuts it, with the query as the document's configuration parsed it. */
const win = (text: string, tsquery: string, config = 'english', before = '', after = '') => ({ text, before, after, config, tsquery });
const marked = (parts: { text: string; highlight: boolean }[]) => parts.filter((p) => p.highlight).map((p) => p.text);

describe('queryLexemes', () => {
  it('reads the lexemes of a tsquery, folded, with doubled quotes and backslashes undone and negated ones left out', () => {
    expect(queryLexemes(`( 'fix' & 'carbon' ) | 'o''neil' | 'a\\\\b' | 'économ' & !'leaf'`)).toEqual(new Set(['fix', 'carbon', "o'neil", 'a\\b', 'econom']));
    expect(queryLexemes('')).toEqual(new Set());
  });
});

describe('snippetParts', () => {
  it('marks inflected forms by the stem of the document language, and keeps markup as plain text', () => {
    expect(snippetParts(win('The Calvin cycle <script>x</script> fixes Carbon.', `'fix' & 'carbon'`))).toEqual([
      { text: 'The Calvin cycle <script>x</script> ', highlight: false },
      { text: 'fixes', highlight: true },
      { text: ' ', highlight: false },
      { text: 'Carbon', highlight: true },
    ]);
  });

  it('marks the irregular forms whose stem shares only a first letter with them', () => {
    expect(marked(snippetParts(win('Lying on the grass under clear skies, dying to sleep', `'lie' | 'sky' | 'die'`)))).toEqual(['Lying', 'skies', 'dying']);
    expect(marked(snippetParts(win('Lines and lists are not lies', `'lie'`)))).toEqual(['lies']);
  });

  it('marks only what the query means in the document language: its stopwords left the query there', () => {
    // "the economy": English drops "the"; French keeps it as a word.
    expect(marked(snippetParts(win('In the economy of the region', `'economi'`)))).toEqual(['economy']);
    expect(marked(snippetParts(win('Le mot anglais the et economy', `'the' & 'economy'`, 'french')))).toEqual(['the', 'economy']);
    // A word that is no stopword for PostgreSQL's German list is found and marked.
    expect(marked(snippetParts(win('Die Zeit vergeht', `'zeit'`, 'german')))).toEqual(['Zeit']);
  });

  it('stems German and Spanish words with their accents and umlauts as the database does', () => {
    expect(marked(snippetParts(win('Die Märkten und Preise', `'markt'`, 'german')))).toEqual(['Märkten']);
    expect(marked(snippetParts(win('La energía solar', `'energ'`, 'spanish')))).toEqual(['energía']);
    // 'simple' only lowercases.
    expect(marked(snippetParts(win('Ein Übungsblatt', `'übungsblatt'`, 'simple')))).toEqual(['Übungsblatt']);
  });

  it('keeps two dozen words from just before the first match', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
    words[30] = 'inflation';
    const parts = snippetParts(win(words.join(' '), `'inflat'`));
    const shown = parts.map((p) => p.text).join('');
    expect(shown.startsWith('w24 ')).toBe(true);
    expect(shown.split(' ')).toHaveLength(24);
    expect(marked(parts)).toEqual(['inflation']);
  });

  it('leaves out a word the window cuts, and keeps whole words at its edges', () => {
    // "ation" ends a word that began before the window; "tra" goes on after it.
    expect(snippetParts(win('ation of prices rose tra', `'price'`, 'english', 'l', 'n'))).toEqual([
      { text: 'of ', highlight: false },
      { text: 'prices', highlight: true },
      { text: ' rose', highlight: false },
    ]);
    // The window starts after a space and ends before a full stop, or at the document's ends.
    for (const [before, after] of [[' ', '.'], ['', '']]) {
      expect(marked(snippetParts(win('Inflation rose to 𝑥 percent', `'inflat' & 'percent'`, 'english', before, after)))).toEqual(['Inflation', 'percent']);
    }
  });

  it('shows the window’s first words when nothing in it matches', () => {
    expect(snippetParts(win('Only names matched here.', `'zebra'`))).toEqual([{ text: 'Only names matched here', highlight: false }]);
  });
});
