import { describe, expect, it } from 'vitest';
import { hintedFolderPath, MAX_HINT_DEPTH } from './file-into-hinted-folder';

const bio = { name: 'Cell Biology', code: 'BIO101' };

describe('hintedFolderPath', () => {
  it('keeps the directories below the one that names the course', () => {
    expect(hintedFolderPath('BIO101/Week 1', bio)).toEqual(['Week 1']);
    expect(hintedFolderPath('Fall semester/BIO101/Week 1/Lab', bio)).toEqual(['Week 1', 'Lab']);
    expect(hintedFolderPath('BIO101', bio)).toEqual([]);
    expect(hintedFolderPath('Fall semester/BIO101', bio)).toEqual([]);
  });

  it('recognises the course by code or name in any case, spacing or accents, and as words of a longer name', () => {
    expect(hintedFolderPath('bio 101/Week 2', bio)).toEqual(['Week 2']);
    expect(hintedFolderPath('Bio-101/Week 2', bio)).toEqual(['Week 2']);
    expect(hintedFolderPath('cell biology/Week 2', bio)).toEqual(['Week 2']);
    expect(hintedFolderPath('BIO101 - Cell Biology (fall)/Week 2', bio)).toEqual(['Week 2']);
    expect(hintedFolderPath('Uni/Économie Générale/Kapitel 1', { name: 'Economie generale', code: null })).toEqual(['Kapitel 1']);
    // A word that merely contains the code is not the code.
    expect(hintedFolderPath('Drop/BIO1010/Week 2', bio)).toEqual(['BIO1010', 'Week 2']);
  });

  it('without a directory naming the course, drops the folder the student dropped and keeps what is below', () => {
    expect(hintedFolderPath('Fall semester/Week 3', bio)).toEqual(['Week 3']);
    expect(hintedFolderPath('Fall semester', bio)).toEqual([]);
    expect(hintedFolderPath(null, bio)).toEqual([]);
  });

  it('uses the first directory that names the course', () => {
    expect(hintedFolderPath('BIO101/Week 1/BIO101 extras', bio)).toEqual(['Week 1', 'BIO101 extras']);
  });

  it('caps the depth, cuts long names and skips names without a letter or digit', () => {
    expect(hintedFolderPath('BIO101/a/b/c/d/e/f', bio)).toEqual(['a', 'b', 'c', 'd']);
    expect(MAX_HINT_DEPTH).toBe(4);
    const long = 'x'.repeat(150);
    expect(hintedFolderPath(`BIO101/${long}`, bio)).toEqual(['x'.repeat(120)]);
    expect(hintedFolderPath('BIO101/---/Week 1', bio)).toEqual(['Week 1']);
  });
});
