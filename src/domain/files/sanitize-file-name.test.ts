import { describe, expect, it } from 'vitest';
import { sanitizeUploadName } from './sanitize-file-name';

describe('sanitizeUploadName', () => {
  it('keeps the folder a file was dropped in as a hint', () => {
    expect(sanitizeUploadName('BIO101/Week 3/lecture.pdf')).toEqual({ name: 'lecture.pdf', folderHint: 'BIO101/Week 3' });
  });

  it('never lets a name climb out of its folder', () => {
    expect(sanitizeUploadName('../../x')).toEqual({ name: 'x', folderHint: null });
    expect(sanitizeUploadName('..\\..\\etc\\passwd')).toEqual({ name: 'passwd', folderHint: 'etc' });
    expect(sanitizeUploadName('../..')).toEqual({ name: 'unnamed', folderHint: null });
  });

  it('shortens a 300-character name but keeps its extension', () => {
    const { name } = sanitizeUploadName(`${'a'.repeat(300)}.pdf`);
    expect([...name].length).toBeLessThanOrEqual(200);
    expect(name.endsWith('….pdf')).toBe(true);
  });

  it('removes control and bidi characters and characters illegal in file names', () => {
    expect(sanitizeUploadName('re\u202Efdp.exe').name).toBe('refdp.exe');
    expect(sanitizeUploadName('a\u0000b:c?.txt').name).toBe('ab_c_.txt');
  });

  it('stores names as NFC, with line breaks as spaces and lone surrogates replaced', () => {
    expect(sanitizeUploadName('Re\u0301sume\u0301.pdf').name).toBe('Résumé.pdf');
    expect(sanitizeUploadName('week\r\n3\u2066\u0085\u200b.pdf').name).toBe('week 3.pdf');
    expect(sanitizeUploadName('x\ud800y.txt').name).toBe('x\ufffdy.txt');
    expect(sanitizeUploadName('Bio\u0000/\u202Enotes.txt')).toEqual({ name: 'notes.txt', folderHint: 'Bio' });
  });

  it('keeps markup as literal text (the UI renders it inert)', () => {
    expect(sanitizeUploadName('<img src=x onerror=alert(1)>.pdf').name).toBe('_img src=x onerror=alert(1)_.pdf');
  });
});
