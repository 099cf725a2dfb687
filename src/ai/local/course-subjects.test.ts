import { describe, expect, it } from 'vitest';
import { subjectSpecificity, subjectsOfTitle, subjectTermStems } from './course-subjects';

const keys = (title: string) => subjectsOfTitle(title).map((s) => s.key);

describe('subjectsOfTitle', () => {
  it.each([
    ['Database Systems', 'databases'],
    ['Datenbanksysteme', 'databases'],
    ['Bases de données avancées', 'databases'],
    ['Rechnernetze', 'computer-networks'],
    ['Organische Chemie', 'organic-chemistry'],
    ['Macroeconomía', 'macroeconomics'],
  ])('reads %s as %s, whatever the title\'s language', (title, key) => {
    expect(keys(title)).toContain(key);
  });

  it('takes the more specific name when one title names two subjects inside each other', () => {
    expect(keys('Version Control Systems')).toContain('version-control');
    expect(keys('Version Control Systems')).not.toContain('control-systems');
    expect(keys('Control Systems')).toContain('control-systems');
  });

  it('finds no subject in a title that names none', () => {
    expect(keys('Study group, spring term')).toEqual([]);
  });
});

describe('subject terms', () => {
  it('are stemmed as the document\'s language writes them', () => {
    const [databases] = subjectsOfTitle('Datenbanken');
    expect(subjectTermStems(databases!, 'de').length).toBeGreaterThan(20);
    expect(subjectTermStems(databases!, 'de')).not.toEqual(subjectTermStems(databases!, 'fr'));
  });

  it('count less the more subjects share them', () => {
    const [databases] = subjectsOfTitle('Database Systems');
    const stems = subjectTermStems(databases!, 'en');
    const specificities = stems.map((s) => subjectSpecificity(s, 'en'));
    expect(Math.max(...specificities)).toBe(1);
    for (const x of specificities) expect(x).toBeGreaterThan(0);
  });
});
