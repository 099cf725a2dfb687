import { describe, expect, it } from 'vitest';
import { hasForbiddenNameCharacters, nameField, normalizeName, normalizeText, textField } from './normalize-text';

describe('normalizeText', () => {
  it('removes U+0000 and other control characters, keeping tab and newline', () => {
    expect(normalizeText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f\tg\nh')).toBe('abcdef\tg\nh');
  });

  it('turns CR and CRLF into newlines', () => {
    expect(normalizeText('one\r\ntwo\rthree')).toBe('one\ntwo\nthree');
  });

  it('replaces lone surrogates and applies NFC', () => {
    expect(normalizeText('x\uD800y\uDFFFz')).toBe('x\uFFFDy\uFFFDz');
    expect(normalizeText('Cafe\u0301')).toBe('Café');
    expect(normalizeText('😀')).toBe('😀');
  });

  it('leaves bidi controls in free text but not in names', () => {
    expect(normalizeText('a\u202Eb')).toBe('a\u202Eb');
    expect(normalizeName('invoice\u202Egpj.exe')).toBe('invoicegpj.exe');
    expect(normalizeName('a\tb\nc')).toBe('a b c');
  });
});

describe('names', () => {
  it('refuses control, line and bidi characters', () => {
    for (const bad of ['a\u0000', 'a\nb', 'a\rb', 'a\tb', 'x\u202Ey', 'x\u2066y', 'x\u2028y', 'x\u0085y']) expect(hasForbiddenNameCharacters(bad)).toBe(true);
    for (const good of ['Biologie – Zellen', 'Économie', 'CS101 / Week 3', '数学']) expect(hasForbiddenNameCharacters(good)).toBe(false);
  });

  it('answers the invalid_characters issue from the schema, and NFC otherwise', () => {
    const r = nameField().max(10).safeParse('a\u202Eb');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ code: 'custom', params: { code: 'invalid_characters' } });
    expect(nameField().parse('Cafe\u0301')).toBe('Café');
    expect(textField().max(5).parse('ab\u0000c')).toBe('abc');
  });
});
