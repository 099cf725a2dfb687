import { describe, expect, it } from 'vitest';
import { call, verifiedUser } from '../support/api';
import { adminQuery } from '../support/db';

describe('academic reference data', () => {
  it('follows the country: modules and UK terms, ECTS and Wintersemester, GPA and Fall/Winter in French', async () => {
    const uk = await verifiedUser({ email: 'uk@ref.test', country: 'GB', locale: 'en-GB' });
    const ref = (await call('GET', '/api/academic/reference', { token: uk.token, headers: { 'accept-language': 'en-GB' } })).json;
    expect(ref).toMatchObject({ country: 'GB', academic_system: 'uk_honours', course_word: 'module', term_word: 'term', credit_unit: 'uk_credits' });
    expect(ref.terms.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['Autumn term', 'Spring term', 'Summer term', 'Michaelmas term']));

    const de = (await call('GET', '/de/api/academic/reference?country=DE', { token: uk.token })).json;
    expect(de).toMatchObject({ academic_system: 'ects', credit_unit: 'ects', course_word: 'course' });
    expect(de.terms.map((t: { name: string }) => t.name)).toEqual(['Wintersemester', 'Sommersemester']);
    expect(de.current_term.value).toMatch(/^(wintersemester|sommersemester)-\d{4}$/);
    expect(de.current_term.label).toMatch(/^(Wintersemester \d{4}\/\d{2}|Sommersemester \d{4})$/);

    const ca = (await call('GET', '/fr-CA/api/academic/reference?country=CA', { token: uk.token })).json;
    expect(ca).toMatchObject({ academic_system: 'gpa', credit_unit: 'credit_hours' });
    expect(ca.terms.map((t: { name: string }) => t.name)).toEqual(['Automne', 'Hiver', 'Été']);

    const countries = (await call('GET', '/api/academic/countries', { token: uk.token })).json.data.map((c: { country: string }) => c.country);
    expect(countries.sort()).toEqual(['AT', 'BE', 'CA', 'CH', 'DE', 'ES', 'FR', 'GB', 'IE', 'IT', 'NL', 'US']);
    expect((await call('GET', '/api/academic/reference?country=JP', { token: uk.token })).status).toBe(404);
  });
});

describe('courses', () => {
  it('create, list by term, edit, archive, reorder and delete with a count of what went with it', async () => {
    const u = await verifiedUser({ email: 'courses@us.test', country: 'US' });
    const ref = (await call('GET', '/api/academic/reference', { token: u.token })).json;
    const term = ref.current_term.value;
    const a = await call('POST', '/api/courses', { token: u.token, body: { name: 'Calculus II', code: 'MATH221', term, credits: 4 } });
    expect(a.status).toBe(201);
    expect(a.json).toMatchObject({ name: 'Calculus II', code: 'MATH221', term, term_label: ref.current_term.label, credits: 4, emoji: '📐', archived: false, file_count: 0 });
    const batch = await call('POST', '/api/courses/batch', {
      token: u.token,
      body: { courses: [{ name: 'Intro to Psychology', term }, { name: 'Organic Chemistry', term: ref.term_options[2].value, color: '#10b981', emoji: '⚗️' }] },
    });
    expect(batch.status).toBe(201);
    const [psych, chem] = batch.json.data;

    const current = await call('GET', `/api/courses?term=${term}`, { token: u.token });
    expect(current.json.data.map((c: { name: string }) => c.name)).toEqual(['Calculus II', 'Intro to Psychology']);

    const edited = await call('PUT', `/api/courses/${psych.id}`, { token: u.token, body: { professor: 'Dr. Gray', archived: true } });
    expect(edited.json).toMatchObject({ professor: 'Dr. Gray', archived: true });
    expect((await call('GET', '/api/courses?archived=false', { token: u.token })).json.data.map((c: { id: string }) => c.id)).toEqual([a.json.id, chem.id]);

    const reordered = await call('POST', '/api/courses/reorder', { token: u.token, body: { ids: [chem.id, a.json.id, psych.id] } });
    expect(reordered.json.data.map((c: { id: string }) => c.id)).toEqual([chem.id, a.json.id, psych.id]);

    await call('POST', `/api/courses/${a.json.id}/folders`, { token: u.token, body: { name: 'Week 1' } });
    expect((await call('GET', `/api/courses/${a.json.id}`, { token: u.token })).json).toMatchObject({ folder_count: 1, file_count: 0 });
    const impact = await call('GET', `/api/courses/${a.json.id}/impact`, { token: u.token });
    expect(impact.json).toEqual({ folders: 1, files: 0, grades: 0, flashcards: 0 });
    const del = await call('DELETE', `/api/courses/${a.json.id}`, { token: u.token });
    expect(del.json).toEqual({ deleted: { folders: 1, files: 0, grades: 0, flashcards: 0 } });
    expect((await call('GET', `/api/courses/${a.json.id}`, { token: u.token })).status).toBe(404);

    const activity = (await call('GET', '/api/activity', { token: u.token })).json.data.map((x: { action: string }) => x.action);
    expect(activity).toEqual(expect.arrayContaining(['course.created', 'course.archived', 'folder.created', 'course.deleted']));
  });

  it('folders nest, rename and move, never into their own subtree; a move to another course takes the subtree', async () => {
    const u = await verifiedUser({ email: 'folders@de.test', country: 'DE' });
    const c1 = (await call('POST', '/api/courses', { token: u.token, body: { name: 'Analysis I' } })).json;
    const c2 = (await call('POST', '/api/courses', { token: u.token, body: { name: 'Analysis II' } })).json;
    const top = (await call('POST', `/api/courses/${c1.id}/folders`, { token: u.token, body: { name: 'Vorlesungen' } })).json;
    const sub = (await call('POST', `/api/courses/${c1.id}/folders`, { token: u.token, body: { name: 'Kapitel 1', parent_id: top.id } })).json;
    const cycle = await call('PATCH', `/api/folders/${top.id}`, { token: u.token, body: { parent_id: sub.id } });
    expect(cycle.status).toBe(409);
    expect(cycle.json.error.code).toBe('FOLDER_CYCLE');
    expect((await call('PATCH', `/api/folders/${sub.id}`, { token: u.token, body: { name: 'Kapitel 1: Folgen' } })).json.name).toBe('Kapitel 1: Folgen');
    const moved = await call('PATCH', `/api/folders/${top.id}`, { token: u.token, body: { course_id: c2.id } });
    expect(moved.json).toMatchObject({ course_id: c2.id, parent_id: null });
    const c2Folders = (await call('GET', `/api/courses/${c2.id}/folders`, { token: u.token })).json.data;
    expect(c2Folders.map((f: { name: string }) => f.name).sort()).toEqual(['Kapitel 1: Folgen', 'Vorlesungen']);
    const deleted = await call('DELETE', `/api/folders/${top.id}`, { token: u.token });
    expect(deleted.json).toEqual({ deleted: { folders: 2, files_unfiled: 0 } });
  });
});

describe('course isolation', () => {
  it('user B cannot read, edit, move into or delete user A’s courses or folders', async () => {
    const a = await verifiedUser({ email: 'owner@iso.test', country: 'US' });
    const b = await verifiedUser({ email: 'intruder@iso.test', country: 'US' });
    const course = (await call('POST', '/api/courses', { token: a.token, body: { name: 'Private Course' } })).json;
    const folder = (await call('POST', `/api/courses/${course.id}/folders`, { token: a.token, body: { name: 'Secret' } })).json;
    const bCourse = (await call('POST', '/api/courses', { token: b.token, body: { name: 'Mine' } })).json;
    const bFolder = (await call('POST', `/api/courses/${bCourse.id}/folders`, { token: b.token, body: { name: 'Mine too' } })).json;

    const attempts = [
      await call('GET', `/api/courses/${course.id}`, { token: b.token }),
      await call('PUT', `/api/courses/${course.id}`, { token: b.token, body: { name: 'Hijacked' } }),
      await call('DELETE', `/api/courses/${course.id}`, { token: b.token }),
      await call('GET', `/api/courses/${course.id}/impact`, { token: b.token }),
      await call('GET', `/api/courses/${course.id}/folders`, { token: b.token }),
      await call('POST', `/api/courses/${course.id}/folders`, { token: b.token, body: { name: 'Planted' } }),
      await call('PATCH', `/api/folders/${folder.id}`, { token: b.token, body: { name: 'Renamed' } }),
      await call('DELETE', `/api/folders/${folder.id}`, { token: b.token }),
      await call('PATCH', `/api/folders/${bFolder.id}`, { token: b.token, body: { course_id: course.id } }),
      await call('PATCH', `/api/folders/${bFolder.id}`, { token: b.token, body: { parent_id: folder.id } }),
      await call('POST', '/api/courses/reorder', { token: b.token, body: { ids: [course.id, bCourse.id] } }),
    ];
    expect(attempts.map((r) => r.status)).toEqual(Array(attempts.length).fill(404));
    expect((await call('GET', '/api/courses', { token: b.token })).json.data.map((c: { name: string }) => c.name)).toEqual(['Mine']);
    const still = (await call('GET', `/api/courses/${course.id}`, { token: a.token })).json;
    expect(still.name).toBe('Private Course');
    expect((await call('GET', `/api/courses/${course.id}/folders`, { token: a.token })).json.data.map((f: { name: string }) => f.name)).toEqual(['Secret']);
  });
});

describe('course input', () => {
  it('bad input is a 400 naming the field, and nothing is half-written', async () => {
    const u = await verifiedUser({ email: 'bad@input.test', country: 'GB', locale: 'en-GB' });
    const post = (body: unknown) => call('POST', '/api/courses', { token: u.token, body });
    const cases: [unknown, string][] = [
      [{ name: '' }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ name: 'x'.repeat(10_000) }, 'name'],
      [{ name: '📚🎓✨' }, 'name'],
      [{ name: 'OK', color: 'red' }, 'color'],
      [{ name: 'OK', color: '#12345' }, 'color'],
      [{ name: 'OK', credits: -3 }, 'credits'],
      [{ name: 'OK', credits: 100000 }, 'credits'],
      [{ name: 'OK', ects_credits: 0 }, 'ects_credits'],
      [{ name: 'OK', term: 'fall-2026' }, 'term'],
      [{ name: 'OK', term: 'Autumn 2026' }, 'term'],
      [{ name: 'OK', academic_period_type: 'decade' }, 'academic_period_type'],
      [{ name: 'OK', emoji: 'not an emoji' }, 'emoji'],
      [{ name: 'OK', owner: 'someone' }, 'owner'],
    ];
    for (const [body, field] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(res.json.error.details.map((d: { path: string }) => d.path), JSON.stringify(body).slice(0, 60)).toContain(field);
    }
    const ref = (await call('GET', '/api/academic/reference', { token: u.token })).json;
    const batch = await call('POST', '/api/courses/batch', { token: u.token, body: { courses: [{ name: 'Good', term: ref.current_term.value }, { name: 'Bad', term: 'wintersemester-2026' }] } });
    expect(batch.status).toBe(400);
    expect(batch.json.error.details[0].path).toBe('courses.1.term');
    expect((await call('GET', '/api/courses', { token: u.token })).json.data).toEqual([]);
    expect(await adminQuery('eu-west', 'select 1 from courses where user_id = $1', [u.userId])).toEqual([]);
  });

  it('a country may be corrected within the data region, never moved out of it', async () => {
    const u = await verifiedUser({ email: 'move@region.test', country: 'DE' });
    expect((await call('PATCH', '/api/me', { token: u.token, body: { country: 'AT', onboarding_step: 'system' } })).json).toMatchObject({ country: 'AT', onboarding_step: 'system', region: 'eu-west' });
    const refused = await call('PATCH', '/api/me', { token: u.token, body: { country: 'US' } });
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe('REGION_CHANGE_NOT_ALLOWED');
    const done = await call('PATCH', '/api/me', { token: u.token, body: { onboarding_step: 'done' } });
    expect(done.json.onboarded_at).not.toBeNull();
  });
});
