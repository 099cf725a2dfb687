import { describe, expect, it } from 'vitest';
import { extensionOf, isSystemFile, precheck } from './upload-rules';

const MAX = 50 * 1024 * 1024;

describe('upload pre-checks', () => {
  it('accepts the supported extensions in any case', () => {
    for (const name of ['a.pdf', 'b.DOCX', 'c.pptx', 'd.txt', 'e.md', 'f.markdown', 'g.PNG', 'h.jpeg', 'i.heic']) {
      expect(precheck({ name, size: 10 }, MAX), name).toBeNull();
    }
  });

  it("refuses other types, files over the plan's limit and empty files with the server codes", () => {
    expect(precheck({ name: 'setup.exe', size: 10 }, MAX)).toBe('FILE_TYPE_UNSUPPORTED');
    expect(precheck({ name: 'noext', size: 10 }, MAX)).toBe('FILE_TYPE_UNSUPPORTED');
    expect(precheck({ name: 'big.pdf', size: MAX + 1 }, MAX)).toBe('FILE_OVER_PLAN_LIMIT');
    expect(precheck({ name: 'exact.pdf', size: MAX }, MAX)).toBeNull();
    // A larger plan lets the same file through.
    expect(precheck({ name: 'big.pdf', size: MAX + 1 }, 2 * MAX)).toBeNull();
    expect(precheck({ name: 'empty.txt', size: 0 }, MAX)).toBe('FILE_EMPTY');
  });

  it('reads the extension of the last path segment only', () => {
    expect(extensionOf('BIO101.v2/Week 3/notes')).toBe('');
    expect(extensionOf('BIO101/Week 3/notes.PDF')).toBe('pdf');
    expect(extensionOf('.pdf')).toBe('');
  });

  it('skips files operating systems leave in folders', () => {
    expect(isSystemFile('BIO101/.DS_Store')).toBe(true);
    expect(isSystemFile('BIO101/Thumbs.db')).toBe(true);
    expect(isSystemFile('__MACOSX/BIO101/._notes.pdf')).toBe(true);
    expect(isSystemFile('BIO101/.git/config')).toBe(true);
    expect(isSystemFile('BIO101/~$draft.docx')).toBe(true);
    expect(isSystemFile('BIO101/Week 3/notes.pdf')).toBe(false);
  });
});
