import { describe, expect, it } from 'vitest';
import { smartName, uniqueName } from './smart-name';

describe('smartName', () => {
  const parts = { course: 'BIO101', category: 'Lecture', topic: 'Photosynthesis', date: '2026-03-12' };

  it('puts course code, category, topic and date in that order', () => {
    expect(smartName(parts, 'en-US')).toBe('BIO101 - Lecture - Photosynthesis - Mar 12, 2026');
  });

  it('writes the date the way the locale does', () => {
    expect(smartName({ ...parts, category: 'Vorlesung' }, 'de')).toBe('BIO101 - Vorlesung - Photosynthesis - 12.03.2026');
    expect(smartName({ ...parts, category: 'Cours' }, 'fr')).toBe('BIO101 - Cours - Photosynthesis - 12 mars 2026');
    expect(smartName(parts, 'en-GB')).toBe('BIO101 - Lecture - Photosynthesis - 12 Mar 2026');
  });

  it('leaves out what is unknown and never emits path characters', () => {
    expect(smartName({ course: null, category: 'Notes', topic: 'a/b: c?', date: null }, 'en-US')).toBe('Notes - a b c');
  });
});

describe('uniqueName', () => {
  it('numbers a name that is taken in the course', () => {
    expect(uniqueName('BIO101 - Lecture', new Set(['bio101 - lecture', 'bio101 - lecture (2)']))).toBe('BIO101 - Lecture (3)');
    expect(uniqueName('BIO101 - Lecture', new Set())).toBe('BIO101 - Lecture');
  });
});
