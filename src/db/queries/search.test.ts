import { describe, expect, it } from 'vitest';
import { anchorWord } from './search';

describe('anchorWord', () => {
  it('takes the longest word of the query, lower-cased, in any script', () => {
    expect(anchorWord('Supply and DEMAND curves')).toBe('supply');
    expect(anchorWord('Zellmembran der Pflanzenzelle')).toBe('pflanzenzelle');
    expect(anchorWord('"révolution" 1789')).toBe('révolution');
  });

  it('is empty when the query has no word, so the snippet starts at the beginning', () => {
    expect(anchorWord('?! --')).toBe('');
  });
});
