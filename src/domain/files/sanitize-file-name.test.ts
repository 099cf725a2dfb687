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

  it('keeps markup as literal text (the UI renders it inert)', () => {
    expect(sanitizeUploadName('<img src=x onerror=alert(1)>.pdf').name).toBe('_img src=x onerror=alert(1)_.pdf');
  });
});
