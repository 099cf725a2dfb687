// The file resource as every file endpoint answers it, built by PostgreSQL: the confidence badge,
// the review list, the kind and the timestamps, read back through the API from rows set up in the
// database (no worker: nothing here may change while it is checked).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mimesOfKind } from '@/domain/files/file-kinds';
import { fileKinds, fileListSchema, searchResponseSchema } from '@/domain/files/schemas';
import { call, expectStandardError, verifiedUser } from '../support/api';
import { adminQuery } from '../support/db';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

type Row = {
  name: string;
  status?: string;
  course?: boolean;
  courseConfidence?: number | null;
  courseSource?: 'ai' | 'user';
  aiConfidence?: number | null;
  categorySource?: 'ai' | 'user';
  trashed?: boolean;
  fileType?: string;
};

describe('the file resource', () => {
  it('rates confidence by the weaker decision left to the analysis, lists the files whose course is in doubt for review, names kinds, and pages as documented', async () => {
    const u = await verifiedUser({ email: 'resource@files.test', country: 'US' });
    const course = (await call('POST', '/api/courses', { token: u.token, body: { name: 'Macroeconomics', code: 'ECON202' } })).json;
    const rows: Row[] = [
      { name: 'sure', courseConfidence: 0.9, aiConfidence: 0.85 },
      { name: 'unsure category', courseConfidence: 0.9, aiConfidence: 0.6 },
      // A category in doubt shows on the badge; the review list is about the course (migration 0013).
      { name: 'doubtful category', courseConfidence: 0.9, aiConfidence: 0.3 },
      { name: 'unsure course', courseConfidence: 0.3, aiConfidence: 0.9 },
      // The review list's filter and the badge draw the line at the same place.
      { name: 'just medium', courseConfidence: 0.5, aiConfidence: 0.9 },
      { name: 'just low', courseConfidence: 0.49, aiConfidence: 0.9 },
      // No course found counts as the weakest decision of all.
      { name: 'no course', course: false, courseConfidence: null, aiConfidence: 0.9 },
      // A decision the student made by hand no longer counts, however unsure the analysis was.
      { name: 'course by hand', courseConfidence: 0.1, courseSource: 'user', aiConfidence: 0.9 },
      { name: 'both by hand', courseConfidence: 0.1, courseSource: 'user', aiConfidence: 0.1, categorySource: 'user' },
      // Not rated until analysed; a trashed file is never on the review list.
      { name: 'analysing', status: 'analysing', courseConfidence: 0.1, aiConfidence: 0.1 },
      { name: 'trashed', courseConfidence: 0.3, aiConfidence: 0.9, trashed: true },
      ];
    // One file of every content type the upload accepts, for the kind the database names.
    const mimes = fileKinds.flatMap((kind) => mimesOfKind(kind).map((mime) => ({ kind, mime })));
    for (const { mime } of mimes) rows.push({ name: `type ${mime}`, fileType: mime, courseConfidence: 0.9, aiConfidence: 0.9 });
    const ids = new Map<string, string>();
    for (const r of rows) {
      const id = randomUUID();
      ids.set(r.name, id);
      await adminQuery(
        u.region,
        `insert into files (id, user_id, course_id, original_name, display_name, storage_key, file_type, file_size, content_sha256,
           status, course_confidence, course_source, ai_category, ai_confidence, category_source, deleted_at)
         values ($1, $2, $3, $4, $4, $5, $6, 2048, $7, $8, $9, $10, 'lecture', $11, $12, $13)`,
        [
          id, u.userId, r.course === false ? null : course.id, `${r.name}.pptx`, `${u.userId}/${id}`, r.fileType ?? PPTX, id,
          r.status ?? 'ready', r.courseConfidence, r.courseSource ?? 'ai', r.aiConfidence, r.categorySource ?? 'ai', r.trashed ? new Date() : null,
        ],
      );
    }
    const one = async (name: string) => (await call('GET', `/api/files/${ids.get(name)}`, { token: u.token })).json;

    expect(await one('sure')).toMatchObject({ confidence_level: 'high', needs_review: false, kind: 'pptx', file_size: 2048 });
    expect(await one('unsure category')).toMatchObject({ confidence_level: 'medium', needs_review: false });
    expect(await one('doubtful category')).toMatchObject({ confidence_level: 'low', needs_review: false });
    expect(await one('unsure course')).toMatchObject({ confidence_level: 'low', needs_review: true });
    expect(await one('no course')).toMatchObject({ confidence_level: 'low', needs_review: true });
    expect(await one('just medium')).toMatchObject({ confidence_level: 'medium', needs_review: false });
    expect(await one('just low')).toMatchObject({ confidence_level: 'low', needs_review: true });
    expect(await one('course by hand')).toMatchObject({ confidence_level: 'high', needs_review: false });
    expect(await one('both by hand')).toMatchObject({ confidence_level: 'high', needs_review: false });
    expect(await one('analysing')).toMatchObject({ confidence_level: null, needs_review: false });
    expect(await one('trashed')).toMatchObject({ confidence_level: 'low', needs_review: false });
    for (const { kind, mime } of mimes) expect(await one(`type ${mime}`)).toMatchObject({ kind, file_type: mime });

    // The review list is exactly the files whose course is in doubt.
    const review = (await call('GET', '/api/files?review=true', { token: u.token })).json;
    expect(review.data.map((f: { display_name: string }) => f.display_name).sort()).toEqual(['just low.pptx', 'no course.pptx', 'unsure course.pptx']);
    expect(review.data.every((f: { needs_review: boolean }) => f.needs_review)).toBe(true);

    // The resource follows every write: a file put in the trash leaves the review list at once.
    const trashed = (await call('DELETE', `/api/files/${ids.get('just low')}`, { token: u.token })).json;
    expect(trashed).toMatchObject({ deleted_at: expect.any(String), needs_review: false, confidence_level: 'low' });
    expect(await one('just low')).toEqual(trashed);
    const after = (await call('GET', '/api/files?review=true', { token: u.token })).json;
    expect(after.data.map((f: { display_name: string }) => f.display_name).sort()).toEqual(['no course.pptx', 'unsure course.pptx']);

    // A page of the list is the same resource as the file on its own, timestamps included.
    const [db] = await adminQuery(u.region, 'select created_at from files where id = $1', [ids.get('sure')]);
    const listed = (await call('GET', '/api/files?limit=50', { token: u.token })).json.data.find((f: { id: string }) => f.id === ids.get('sure'));
    expect(listed).toEqual(await one('sure'));
    expect(listed.created_at).toBe(db.created_at.toISOString());
    expect(listed).toMatchObject({ deleted_at: null, processed_at: null, ai_keywords: [] });

    // The pages the database writes are what the OpenAPI document promises, search hits included.
    await adminQuery(u.region, `insert into file_texts (file_id, user_id, language, content, ts_config) values ($1, $2, 'en', $3, 'english')`, [
      ids.get('sure'),
      u.userId,
      'Week 4. The Keynesian multiplier: how fiscal policy moves output.',
    ]);
    const list = (await call('GET', '/api/files?limit=4&sort=name&order=asc', { token: u.token })).json;
    expect(fileListSchema.parse(list).data).toHaveLength(4);
    expect(list.next_cursor).toEqual(expect.any(String));
    const found = (await call('GET', '/api/search?q=multipliers', { token: u.token })).json;
    expect(searchResponseSchema.parse(found).data.map((h) => h.file)).toEqual([await one('sure')]);
    expect(found.data[0].snippet).toContainEqual({ text: 'multiplier', highlight: true });
  });

  it('lists files that match by name alike newest first, and keeps the newest when more names match than are ranked', async () => {
    const u = await verifiedUser({ email: 'names@files.test', country: 'US' });
    // 230 quizzes, quiz 1 the newest: more than the 200 name matches search ranks.
    await adminQuery(
      u.region,
      `insert into files (user_id, original_name, display_name, storage_key, file_type, file_size, content_sha256, status, created_at)
       select $1::uuid, 'weekly-quiz-' || n || '.pdf', 'weekly-quiz-' || n || '.pdf', $1::text || '/quiz-' || n, 'application/pdf', 2048, md5(n::text), 'ready',
              now() - n * interval '1 minute'
       from generate_series(1, 230) n`,
      [u.userId],
    );
    const page = await call('GET', '/api/search?q=weekly-quiz&limit=50', { token: u.token });
    expect(page.status).toBe(200);
    expect(page.json.data.map((h: { file: { original_name: string } }) => h.file.original_name)).toEqual(
      Array.from({ length: 50 }, (_, i) => `weekly-quiz-${i + 1}.pdf`),
    );
    expect(page.json.next_offset).toBe(50);

    // Paged to the end: the best 200, each once and in order, then no next page.
    const names: string[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const next = await call('GET', `/api/search?q=weekly-quiz&limit=30&offset=${offset}`, { token: u.token });
      expect(searchResponseSchema.parse(next.json).data.length).toBeGreaterThan(0);
      names.push(...next.json.data.map((h: { file: { original_name: string } }) => h.file.original_name));
      offset = next.json.next_offset;
    }
    expect(names).toEqual(Array.from({ length: 200 }, (_, i) => `weekly-quiz-${i + 1}.pdf`));
    // Past the best 200: a clear error in the caller's language.
    const past = await call('GET', '/api/search?q=weekly-quiz&offset=200', { token: u.token, headers: { 'accept-language': 'fr-FR' } });
    expectStandardError(past, 400, 'VALIDATION_FAILED');
    expect(past.json.error.details).toEqual([expect.objectContaining({ path: 'offset', message: expect.stringMatching(/199/) })]);
  });
});
