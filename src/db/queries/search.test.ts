import { describe, expect, it } from 'vitest';
import { anchorForms } from './search';

describe('anchorForms', () => {
  it('takes the longest word of the query in lower case, capitalised and in capitals, in any script', () => {
    expect(anchorForms('Supply and DEMAND curves')).toEqual(['supply', 'Supply', 'SUPPLY']);
    expect(anchorForms('Zellmembran der Pflanzenzelle')).toEqual(['pflanzenzelle', 'Pflanzenzelle', 'PFLANZENZELLE']);
    expect(anchorForms('"révolution" 1789')).toEqual(['révolution', 'Révolution', 'RÉVOLUTION']);
  });

  it('lists a form once when cases coincide, and none when the query has no word', () => {
    expect(anchorForms('1789')).toEqual(['1789']);
    expect(anchorForms('?! --')).toEqual([]);
  });
});
