import { describe, expect, it } from 'vitest';
import { anchorForms } from './search';

describe('anchorForms', () => {
  it('takes the longest word of the query as typed, in lower case, capitalised and in capitals, in any script', () => {
    expect(anchorForms('Supply and DEMAND curves')).toEqual(['Supply', 'supply', 'SUPPLY']);
    expect(anchorForms('Zellmembran der Pflanzenzelle')).toEqual(['Pflanzenzelle', 'pflanzenzelle', 'PFLANZENZELLE']);
    expect(anchorForms('"révolution" 1789')).toEqual(['révolution', 'Révolution', 'RÉVOLUTION']);
  });

  it('keeps a mixed-case word as typed, so "iPhone" is found where the document spells it so', () => {
    expect(anchorForms('iPhone sales')).toEqual(['iPhone', 'iphone', 'Iphone', 'IPHONE']);
  });

  it('takes no word the query excludes', () => {
    expect(anchorForms('cell -mitochondria')).toEqual(['cell', 'Cell', 'CELL']);
    expect(anchorForms('-mitochondria')).toEqual([]);
    expect(anchorForms('well-being')).toEqual(['being', 'Being', 'BEING']);
  });

  it('lists a form once when cases coincide, and none when the query has no word', () => {
    expect(anchorForms('1789')).toEqual(['1789']);
    expect(anchorForms('?! --')).toEqual([]);
  });
});
