import { describe, expect, it } from 'vitest';
import { findPattern } from './find-in-document';

describe('findPattern', () => {
  it('finds the word as typed, in any case, with its characters taken literally', () => {
    expect(findPattern('Organelles').exec('the organelles in detail')?.index).toBe(4);
    expect(findPattern('ÉCONOMIE').test('une économie ouverte')).toBe(true);
    expect(findPattern('C++').exec('C and C++ (1985)')?.[0]).toBe('C++');
    expect(findPattern('a.b').test('axb')).toBe(false);
  });

  it('finds only whole words', () => {
    expect(findPattern('cell').test('an excellent cellist')).toBe(false);
    expect(findPattern('cell').exec('excellent: the cell, not cells')?.index).toBe(15);
    expect(findPattern('énergie').test('bioénergie')).toBe(false);
  });
});
