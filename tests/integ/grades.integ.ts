import { describe, expect, it } from 'vitest';
import { call, verifiedUser } from '../support/api';

describe('grade conversion API', () => {
  it('answers the converted value with the table it used, and a 400 naming the allowed range', async () => {
    const u = await verifiedUser({ email: 'convert@grades.test', country: 'US' });
    const ok = await call('POST', '/api/grades/convert', { token: u.token, body: { grade: 'B+', from_system: 'gpa', to_system: 'percentage' } });
    expect(ok.status).toBe(200);
    expect(ok.json.value).toBe(88.5); // the midpoint of the B+ band, 87–89.99
    expect(ok.json.table.rows.length).toBeGreaterThan(5);
    expect(ok.json.table.source).toMatch(/Fisher College/);
    const uk = await call('POST', '/api/grades/convert', { token: u.token, body: { grade: 72, from_system: 'percentage', to_system: 'uk_honours' } });
    expect(uk.json.value).toBe('First');

    const bad = await call('POST', '/en-GB/api/grades/convert', { token: u.token, body: { grade: 4.5, from_system: 'gpa', to_system: 'ects' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details[0]).toMatchObject({ path: 'grade', code: 'out_of_range', message: 'Must be between 0 and 4.' });
    const letter = await call('POST', '/de/api/grades/convert', { token: u.token, body: { grade: 'Q', from_system: 'ects', to_system: 'gpa' } });
    expect(letter.status).toBe(400);
    expect(letter.json.error.details[0].message).toMatch(/^Erlaubte Werte: A, B, C, D, E, F/);
    const unknown = await call('POST', '/api/grades/convert', { token: u.token, body: { grade: 3, from_system: 'abitur', to_system: 'gpa' } });
    expect(unknown.json.error.details[0].path).toBe('from_system');
  });
});

describe('recording grades', () => {
  it('weights assessments into a course grade, answers what is needed, and averages GPA by credit hours', async () => {
    const u = await verifiedUser({ email: 'gpa@grades.test', country: 'US' });
    const calc = (await call('POST', '/api/courses', { token: u.token, body: { name: 'Calculus II', credits: 4 } })).json;
    const hist = (await call('POST', '/api/courses', { token: u.token, body: { name: 'World History', credits: 2 } })).json;
    const post = (body: object) => call('POST', '/api/grades', { token: u.token, body });
    expect((await post({ course_id: calc.id, name: 'Midterm', weight: 40, grade_value: 90, grade_type: 'percentage' })).status).toBe(201);
    await post({ course_id: calc.id, name: 'Homework', weight: 20, grade_value: 80, grade_type: 'percentage' });
    await post({ course_id: calc.id, name: 'Final', weight: 40, date_recorded: '2099-12-15' });

    // Graded so far: (40·90 + 20·80) / 60 = 5200 / 60 = 86.66… → 86.6 (truncated: grades never round up).
    const list = (await call('GET', `/api/grades?course_id=${calc.id}`, { token: u.token })).json;
    expect(list.course).toMatchObject({ percentage: 86.6, graded_weight: 60, total_weight: 100 });
    // To reach 90 overall: (90·100 − 5200) / 40 = 3800 / 40 = 95.
    const needed = await call('POST', '/api/grades/needed', { token: u.token, body: { course_id: calc.id, target: 90 } });
    expect(needed.json).toEqual({ needed: 95, achievable: true, already_secured: false });
    const course = (await call('GET', `/api/courses/${calc.id}`, { token: u.token })).json;
    expect(course.next_deadline).toEqual({ name: 'Final', date: '2099-12-15' });

    await post({ course_id: hist.id, name: 'Essay', weight: 1, grade_value: 'C', grade_type: 'gpa' });
    // Calculus 86.6 % → B (3.0 points, 83–86 band), History C (2.0): (4·3.0 + 2·2.0) / 6 = 16 / 6 = 2.67.
    const summary = (await call('GET', '/api/grades/summary', { token: u.token })).json;
    expect(summary.system).toBe('gpa');
    expect(summary.overall).toMatchObject({ value: 2.67, display: '2.67', credits: 6 });
  });

  it('a German student gets an ECTS-weighted average; bad grades name the field and the range', async () => {
    const u = await verifiedUser({ email: 'ects@grades.test', country: 'DE', locale: 'de' });
    const a = (await call('POST', '/api/courses', { token: u.token, body: { name: 'Analysis', ects_credits: 10 } })).json;
    const b = (await call('POST', '/api/courses', { token: u.token, body: { name: 'Programmierung', ects_credits: 5 } })).json;
    await call('POST', '/api/grades', { token: u.token, body: { course_id: a.id, name: 'Klausur', weight: 1, grade_value: 'B' } });
    await call('POST', '/api/grades', { token: u.token, body: { course_id: b.id, name: 'Projekt', weight: 1, grade_value: 'A' } });
    const summary = (await call('GET', '/api/grades/summary', { token: u.token })).json;
    expect(summary.system).toBe('ects');
    // B → 65 (midpoint of 60–69.99), A → 85 (midpoint of 70–100): (10·65 + 5·85) / 15 = 1075 / 15 = 71.6 → A.
    expect(summary.overall.value).toBe('A');
    expect(summary.overall.display).toBe('A (71.6%)');
    expect(summary.overall.credits).toBe(15);

    const bad = await call('POST', '/api/grades', { token: u.token, body: { course_id: a.id, name: 'Test', weight: 1, grade_value: 'Z' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details[0]).toMatchObject({ path: 'grade_value', code: 'out_of_range' });
    const negative = await call('POST', '/api/grades', { token: u.token, body: { course_id: a.id, name: 'Test', weight: -1 } });
    expect(negative.json.error.details[0].path).toBe('weight');
  });

  it('grades of another user are not found', async () => {
    const a = await verifiedUser({ email: 'a@grades.test', country: 'US' });
    const b = await verifiedUser({ email: 'b@grades.test', country: 'US' });
    const course = (await call('POST', '/api/courses', { token: a.token, body: { name: 'Mine' } })).json;
    const grade = (await call('POST', '/api/grades', { token: a.token, body: { course_id: course.id, name: 'Quiz', weight: 1, grade_value: 'A' } })).json;
    const attempts = [
      await call('GET', `/api/grades?course_id=${course.id}`, { token: b.token }),
      await call('POST', '/api/grades', { token: b.token, body: { course_id: course.id, name: 'Planted', weight: 1 } }),
      await call('PUT', `/api/grades/${grade.id}`, { token: b.token, body: { grade_value: 'F' } }),
      await call('DELETE', `/api/grades/${grade.id}`, { token: b.token }),
      await call('POST', '/api/grades/needed', { token: b.token, body: { course_id: course.id, target: 50 } }),
    ];
    expect(attempts.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    expect((await call('GET', `/api/grades?course_id=${course.id}`, { token: a.token })).json.data[0].grade_value).toBe('A');
  });
});
