import { describe, expect, it } from 'vitest';
import { mergeSubsetOrder, moved } from './course-order';
import { buildFolderTree, descendantIds } from './folder-model';
import { creditField, regionalWords, termChoices, termLabel } from './terms';
import type { AcademicReference, Course, Folder } from './types';

const course = (id: string, term: string | null = null, term_label?: string): Course => ({
  id, name: id, code: null, professor: null, term, term_label, academic_period_type: null, credits: null, ects_credits: null,
  color: '#4f46e5', emoji: null, archived: false, position: 0, file_count: 0, folder_count: 0, next_deadline: null, created_at: '', updated_at: '',
});

const folder = (id: string, parent_id: string | null, position = 0): Folder => ({ id, course_id: 'c', parent_id, name: id, position, created_at: '' });

const reference = (over: Partial<AcademicReference> = {}): AcademicReference => ({
  country: 'GB', academic_system: 'uk_honours', period_type: 'term', credit_unit: 'uk_credits', course_word: 'module', term_word: 'term',
  grading_systems: ['uk_honours'], terms: [],
  current_term: { key: 'autumn', label: 'Autumn term 2026', value: 'autumn-2026' },
  term_options: [
    { key: 'spring', value: 'spring-2027', label: 'Spring term 2027' },
    { key: 'autumn', value: 'autumn-2026', label: 'Autumn term 2026' },
  ],
  ...over,
});

describe('course order', () => {
  it('moves one item', () => {
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
  });

  it('reorders a filtered view inside the full order, leaving hidden courses in place', () => {
    const all = [course('a', 'x'), course('h1', 'y'), course('b', 'x'), course('h2', 'y'), course('c', 'x')];
    const view = [all[4]!, all[0]!, all[2]!]; // c, a, b
    expect(mergeSubsetOrder(all, view)).toEqual(['c', 'h1', 'a', 'h2', 'b']);
  });
});

describe('folder tree', () => {
  const flat = [folder('week2', 'lectures', 1), folder('lectures', null), folder('week1', 'lectures', 0), folder('orphan', 'gone'), folder('deep', 'week1')];

  it('nests children under parents in position order; orphans go to the top', () => {
    const tree = buildFolderTree(flat);
    expect(tree.map((n) => n.id)).toEqual(['lectures', 'orphan']);
    expect(tree[0]!.children.map((n) => n.id)).toEqual(['week1', 'week2']);
    expect(tree[0]!.children[0]!.children.map((n) => n.id)).toEqual(['deep']);
  });

  it('knows every folder below one (no moving into its own descendants)', () => {
    expect([...descendantIds(flat, 'lectures')].sort()).toEqual(['deep', 'lectures', 'week1', 'week2']);
    expect([...descendantIds(flat, 'week2')]).toEqual(['week2']);
  });
});

describe('regional words and terms', () => {
  it('takes the words from the reference data, with US words while it loads', () => {
    expect(regionalWords(undefined)).toEqual({ course: 'course', credit: 'credit_hours', term: 'semester' });
    expect(regionalWords(reference())).toEqual({ course: 'module', credit: 'uk_credits', term: 'term' });
    expect(creditField('ects')).toBe('ects_credits');
    expect(creditField('credit_hours')).toBe('credits');
  });

  it('offers the server terms newest first, then terms only courses use, with labels', () => {
    const choices = termChoices(reference(), [course('a', 'autumn-2025', 'Autumn term 2025'), course('b', 'autumn-2026'), course('c', null)]);
    expect(choices).toEqual([
      { value: 'spring-2027', label: 'Spring term 2027' },
      { value: 'autumn-2026', label: 'Autumn term 2026' },
      { value: 'autumn-2025', label: 'Autumn term 2025' },
    ]);
    expect(termLabel(course('b', 'autumn-2026'), choices)).toBe('Autumn term 2026');
    expect(termLabel(course('d', 'custom'), choices)).toBe('custom');
    expect(termLabel(course('e'), choices)).toBeNull();
  });

});
