// Why a file is on the review list (issue 15): the reasons the resource gives, read back through
// the API from rows set up in the database, match the review list's filter one for one. The list
// is about where files were filed: a category in doubt is named there only beside a course in doubt.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fileListSchema } from '@/domain/files/schemas';
import { call, verifiedUser } from '../support/api';
import { adminQuery } from '../support/db';

type Row = {
  name: string;
  course?: 'bio' | 'chem' | null;
  courseConfidence?: number | null;
  courseSource?: 'ai' | 'user';
  aiConfidence?: number;
  candidates?: { course: 'bio' | 'chem'; confidence: number }[];
  trashed?: boolean;
};

describe('review reasons', () => {
  it('name every decision that put a file on the review list, and only those', async () => {
    const u = await verifiedUser({ email: 'reasons@files.test', country: 'US' });
    const bio = (await call('POST', '/api/courses', { token: u.token, body: { name: 'Biology', code: 'BIO101' } })).json.id as string;
    const chem = (await call('POST', '/api/courses', { token: u.token, body: { name: 'Organic Chemistry', code: 'CHEM210' } })).json.id as string;
    const courseIds = { bio, chem };
    const rows: Row[] = [
      { name: 'sure', course: 'bio', courseConfidence: 0.92, candidates: [{ course: 'bio', confidence: 0.92 }] },
      { name: 'fits nothing', course: null, courseConfidence: 0, candidates: [{ course: 'chem', confidence: 0.2 }, { course: 'bio', confidence: 0.1 }] },
      { name: 'fits nothing, no guess', course: null, courseConfidence: 0 },
      { name: 'tied', course: 'bio', courseConfidence: 0.41, candidates: [{ course: 'bio', confidence: 0.41 }, { course: 'chem', confidence: 0.38 }] },
      { name: 'unsure', course: 'bio', courseConfidence: 0.42, candidates: [{ course: 'bio', confidence: 0.42 }, { course: 'chem', confidence: 0.05 }] },
      { name: 'unsure category', course: 'bio', courseConfidence: 0.9, aiConfidence: 0.3, candidates: [{ course: 'bio', confidence: 0.9 }] },
      { name: 'unsure of both', course: 'bio', courseConfidence: 0.42, aiConfidence: 0.3, candidates: [{ course: 'bio', confidence: 0.42 }] },
      { name: 'both', course: null, courseConfidence: 0, aiConfidence: 0.2 },
      // The student's own decision is never in doubt, and a trashed file is never on the list.
      { name: 'by hand', course: null, courseConfidence: 1, courseSource: 'user' },
      { name: 'trashed', course: null, courseConfidence: 0, trashed: true },
    ];
    const ids = new Map<string, string>();
    for (const r of rows) {
      const id = randomUUID();
      ids.set(r.name, id);
      const candidates = (r.candidates ?? []).map((c) => ({ course_id: courseIds[c.course], confidence: c.confidence }));
      await adminQuery(
        u.region,
        `insert into files (id, user_id, course_id, original_name, display_name, storage_key, file_type, file_size, content_sha256,
           status, course_confidence, course_source, course_candidates, ai_category, ai_confidence, deleted_at)
         values ($1, $2, $3, $4, $4, $5, 'text/plain', 100, $6, 'ready', $7, $8, $9::jsonb, 'notes', $10, $11)`,
        [id, u.userId, r.course ? courseIds[r.course] : null, `${r.name}.txt`, `${u.userId}/${id}`, id, r.courseConfidence, r.courseSource ?? 'ai', JSON.stringify(candidates), r.aiConfidence ?? 0.9, r.trashed ? new Date() : null],
      );
    }
    const one = async (name: string) => (await call('GET', `/api/files/${ids.get(name)}`, { token: u.token })).json;

    expect(await one('sure')).toMatchObject({ review_reasons: [], needs_review: false, course_candidates: [{ course_id: bio, confidence: 0.92 }] });
    expect(await one('fits nothing')).toMatchObject({
      course_id: null,
      review_reasons: ['no_course'],
      course_candidates: [
        { course_id: chem, confidence: 0.2 },
        { course_id: bio, confidence: 0.1 },
      ],
    });
    expect(await one('fits nothing, no guess')).toMatchObject({ review_reasons: ['no_course'], course_candidates: [] });
    expect(await one('tied')).toMatchObject({ review_reasons: ['courses_tied'] });
    expect(await one('unsure')).toMatchObject({ review_reasons: ['low_course_confidence'] });
    expect(await one('unsure category')).toMatchObject({ review_reasons: [], needs_review: false, confidence_level: 'low' });
    expect(await one('unsure of both')).toMatchObject({ review_reasons: ['low_course_confidence', 'low_category_confidence'], needs_review: true });
    expect(await one('both')).toMatchObject({ review_reasons: ['no_course', 'low_category_confidence'] });
    expect(await one('by hand')).toMatchObject({ review_reasons: [], needs_review: false });
    expect(await one('trashed')).toMatchObject({ review_reasons: [], needs_review: false });

    // The review list is exactly the files that give a reason, and its pages keep the documented shape.
    const review = fileListSchema.parse((await call('GET', '/api/files?review=true&limit=50', { token: u.token })).json);
    expect(review.data.map((f) => f.original_name).sort()).toEqual(['both.txt', 'fits nothing, no guess.txt', 'fits nothing.txt', 'tied.txt', 'unsure of both.txt', 'unsure.txt']);
    expect(review.data.every((f) => f.review_reasons.length > 0)).toBe(true);
    const all = fileListSchema.parse((await call('GET', '/api/files?limit=50', { token: u.token })).json);
    for (const f of all.data) expect(f.review_reasons.length > 0).toBe(f.needs_review);

    // Settling the course by hand takes the file off the list, and its reason with it.
    const moved = await call('PATCH', `/api/files/${ids.get('fits nothing')}`, { token: u.token, body: { course_id: chem } });
    expect(moved.json).toMatchObject({ course_id: chem, course_source: 'user', needs_review: false, review_reasons: [] });
  });
});
