import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/platform/env';
import { startWorker, type WorkerHandle } from '@/worker/start-worker';
import { call, verifiedUser } from '../support/api';
import { adminQuery } from '../support/db';
import { makeCorruptPdf, makeDocx, makeDocxZipBomb, makeEncryptedPdf, makePdf, makePptx } from '../support/documents';
import { upload, waitForFiles } from '../support/files';

let worker: WorkerHandle;
beforeAll(async () => {
  worker = await startWorker();
});
afterAll(async () => {
  await worker?.stop();
});

async function student(email: string, country = 'US', locale?: string) {
  const u = await verifiedUser({ email, country, locale });
  const course = async (name: string, code: string, professor: string) =>
    (await call('POST', '/api/courses', { token: u.token, body: { name, code, professor } })).json as { id: string; code: string };
  return { ...u, course };
}

const photosynthesis = [
  'Lecture 4: Photosynthesis and the Calvin cycle',
  'Chloroplasts capture light energy. The light-dependent reactions in the thylakoid membrane produce ATP and NADPH. The Calvin cycle in the stroma fixes carbon dioxide with the enzyme rubisco into glucose.',
  'Cellular respiration, mitochondria and the electron transport chain are covered next week in Biology.',
];

describe('upload → processing → library', () => {
  it('reads, sorts and renames files of every kind, finds them by their words, and serves them back', async () => {
    const s = await student('library@files.test');
    const bio = await s.course('Introduction to Biology', 'BIO101', 'Dr. Green');
    const econ = await s.course('Principles of Macroeconomics', 'ECON202', 'Prof. Keynes');
    const pdf = await makePdf(photosynthesis);
    const docx = await makeDocx([
      'Problem Set 3 — due Friday March 13, 2026',
      'Question 1. Explain how an increase in the money supply shifts aggregate demand, inflation and GDP.',
      'Question 2. Compute the fiscal multiplier when the marginal propensity to consume is 0.8. Submit your answers as a PDF.',
    ]);
    const pptx = await makePptx([['Macroeconomics, week 5: inflation and unemployment'], ['The Phillips curve', 'Central bank interest rate policy and the money supply']]);
    const res = await upload(s.token, [
      { name: 'scan_0012.pdf', bytes: pdf },
      { name: 'ECON202/homework.docx', bytes: docx },
      { name: 'slides (3).pptx', bytes: pptx },
      { name: 'notes.md', bytes: '# My biology notes on mitosis\n\nProphase, metaphase, anaphase, telophase — chromosomes and the spindle in cell division.' },
      { name: 'readme.txt', bytes: 'Reading list for macroeconomics: Mankiw chapters on GDP, inflation and monetary policy.' },
    ]);
    expect(res.status).toBe(201);
    expect(res.json.data.map((d: any) => d.outcome)).toEqual(['stored', 'stored', 'stored', 'stored', 'stored']);
    expect(res.json.data[1].file).toMatchObject({ original_name: 'homework.docx', folder_hint: 'ECON202', kind: 'docx', status: 'queued' });

    const files = await waitForFiles(s.token, res.json.data.map((d: any) => d.file.id));
    const byName = (n: string) => [...files.values()].find((f) => f.original_name === n);
    expect([...files.values()].map((f) => f.status)).toEqual(['ready', 'ready', 'ready', 'ready', 'ready']);
    expect(byName('scan_0012.pdf')).toMatchObject({ course_id: bio.id, ai_category: 'lecture', detected_language: 'en', page_count: 3 });
    expect(byName('scan_0012.pdf').display_name).toMatch(/^BIO101 - Lecture - /);
    expect(byName('homework.docx')).toMatchObject({ course_id: econ.id, ai_category: 'assignment' });
    expect(byName('homework.docx').display_name).toMatch(/^ECON202 - Assignment - (.+ - )?Mar 13, 2026$/);
    expect(byName('slides (3).pptx')).toMatchObject({ course_id: econ.id, page_count: 2 });
    expect(byName('notes.md')).toMatchObject({ course_id: bio.id });

    // Search: by a word only in the text, by the original name and by the smart name.
    const byText = await call('GET', '/api/search?q=rubisco', { token: s.token });
    expect(byText.json.data).toHaveLength(1);
    expect(byText.json.data[0].file.original_name).toBe('scan_0012.pdf');
    expect(byText.json.data[0].snippet.some((p: any) => p.highlight && /rubisco/i.test(p.text))).toBe(true);
    expect((await call('GET', '/api/search?q=scan_0012', { token: s.token })).json.data[0].file.original_name).toBe('scan_0012.pdf');
    expect((await call('GET', '/api/search?q=ECON202%20Assignment', { token: s.token })).json.data[0].file.original_name).toBe('homework.docx');
    // Stemming per language: "fixing" finds "fixes".
    expect((await call('GET', '/api/search?q=fixing%20carbon', { token: s.token })).json.data.map((h: any) => h.file.original_name)).toContain('scan_0012.pdf');

    // The bytes come back unchanged, with the smart name and the real type.
    const pdfId = byName('scan_0012.pdf').id;
    const dl = await fetchRaw(s.token, `/api/files/${pdfId}/download`);
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toBe('application/pdf');
    expect(dl.headers.get('content-disposition')).toMatch(/^attachment; .*BIO101%20-%20Lecture.*\.pdf/);
    expect(Buffer.from(dl.body).equals(Buffer.from(pdf))).toBe(true);
    const docxId = byName('homework.docx').id;
    const preview = await call('GET', `/api/files/${docxId}/preview`, { token: s.token });
    expect(preview.json.html).toContain('fiscal multiplier');
    // A DOCX stored before the pipeline rendered previews shows its text page by page.
    await adminQuery(s.region, 'update file_texts set html = null where file_id = $1', [docxId]);
    const older = await call('GET', `/api/files/${docxId}/preview`, { token: s.token });
    expect(older.json).toMatchObject({ kind: 'docx', html: null });
    expect(older.json.pages.join(' ')).toContain('fiscal multiplier');

    // Filters and paging.
    const bioFiles = await call('GET', `/api/files?course_id=${bio.id}`, { token: s.token });
    expect(bioFiles.json.data.map((f: any) => f.original_name).sort()).toEqual(['notes.md', 'scan_0012.pdf']);
    const page1 = await call('GET', '/api/files?limit=2&sort=name&order=asc', { token: s.token });
    const page2 = await call('GET', `/api/files?limit=2&sort=name&order=asc&cursor=${page1.json.next_cursor}`, { token: s.token });
    const page3 = await call('GET', `/api/files?limit=2&sort=name&order=asc&cursor=${page2.json.next_cursor}`, { token: s.token });
    const names = [...page1.json.data, ...page2.json.data, ...page3.json.data].map((f: any) => f.display_name);
    expect(names).toHaveLength(5);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(page3.json.next_cursor).toBeNull();
    expect((await call('GET', '/api/files?type=pdf', { token: s.token })).json.data).toHaveLength(1);
    expect((await call('GET', '/api/files?category=assignment', { token: s.token })).json.data).toHaveLength(1);

    // Operators see the pipeline: jobs done, time per job, queue depth per region, uploads by outcome.
    const metrics = (await call('GET', '/api/metrics', { ip: '127.0.0.1' })).text;
    expect(metrics).toMatch(/jobs_processed_total\{queue="file-process",outcome="completed"\} \d+/);
    expect(metrics).toMatch(/job_queue_depth\{queue="file-process",region="us-east"\} 0/);
    expect(metrics).toMatch(/files_uploaded_total\{outcome="stored"\} \d+/);
  });

  it('highlights a word deep inside a long document where it appears, as typed or inflected', async () => {
    const s = await student('deep@files.test');
    const filler = 'Coral reefs are built by colonies of tiny animals that secrete calcium carbonate. '.repeat(100);
    const text = `${filler}Their colour comes from zooxanthellae living in the coral tissue. ${filler}Economies of small islands depend on reef tourism. ${filler}`;
    const [long] = (await upload(s.token, [{ name: 'reef reading.txt', bytes: text }])).json.data;
    await waitForFiles(s.token, [long.file.id]);
    const highlighted = async (q: string) => {
      const hits = (await call('GET', `/api/search?q=${q}`, { token: s.token })).json.data;
      expect(hits.map((h: any) => h.file.id)).toEqual([long.file.id]);
      return hits[0].snippet.filter((p: any) => p.highlight).map((p: any) => p.text);
    };
    expect(await highlighted('zooxanthellae')).toEqual(['zooxanthellae']);
    // Only "Economies" is in the text: the window is placed by the query's stem, capitalised.
    expect(await highlighted('economy')).toEqual(['Economies']);
  });

  it('reports duplicate content instead of storing it twice', async () => {
    const s = await student('dupes@files.test');
    const bytes = await makePdf(['Thermodynamics: entropy and the second law']);
    const first = await upload(s.token, [{ name: 'a.pdf', bytes }]);
    const second = await upload(s.token, [{ name: 'copy of a.pdf', bytes }]);
    expect(second.status).toBe(200);
    expect(second.json.data[0]).toMatchObject({ outcome: 'duplicate', file: { id: first.json.data[0].file.id } });
    expect(await adminQuery(s.region, 'select count(*)::int as n from files where user_id = $1', [s.userId])).toEqual([{ n: 1 }]);
  });
});

async function fetchRaw(token: string, url: string) {
  const { handleApiRequest } = await import('@/api/handle');
  const res = await handleApiRequest(new Request(new URL(url, 'http://localhost:3999'), { headers: { authorization: `Bearer ${token}` } }), '10.77.0.2');
  return { status: res.status, headers: res.headers, body: new Uint8Array(await res.arrayBuffer()) };
}

describe('hostile files', () => {
  it('answers each with a clear error, never crashes and never leaves a job stuck', async () => {
    const s = await student('hostile@files.test');
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(2000, 7)]);
    const rejected = async (name: string, bytes: Uint8Array | string, status: number, code: string) => {
      const r = await upload(s.token, [{ name, bytes }]);
      expect(r.status, name).toBe(status);
      expect(r.json.error.code, name).toBe(code);
      expect(r.json.error.message, name).toBeTruthy();
    };
    await rejected('empty.pdf', new Uint8Array(), 422, 'FILE_EMPTY');
    await rejected('virus.pdf', exe, 415, 'FILE_TYPE_UNSUPPORTED');
    await rejected('essay.docx', await makePdf(['I am really a PDF']), 415, 'FILE_TYPE_MISMATCH');
    await rejected('binary.txt', Buffer.from([0x41, 0x00, 0x42, 0x00, 0xff]), 415, 'FILE_TYPE_MISMATCH');

    // Readable type, unreadable content: stored, then failed by the worker with the reason.
    const r = await upload(s.token, [
      { name: 'corrupt.pdf', bytes: makeCorruptPdf() },
      { name: 'locked.pdf', bytes: await makeEncryptedPdf(['secret exam answers']) },
      { name: 'bomb.docx', bytes: makeDocxZipBomb() },
      { name: `${'a'.repeat(300)}.txt`, bytes: 'A very long name' },
      { name: '../../x', bytes: await makePdf(['A PDF sent under a path-traversal name']) },
      { name: '<img src=x onerror=alert(1)>.md', bytes: '# Markup in the name' },
    ]);
    expect(r.status).toBe(201);
    expect(r.json.data.map((d: any) => d.outcome), JSON.stringify(r.json.data.map((d: any) => d.error))).toEqual(Array(6).fill('stored'));
    const [corrupt, locked, bomb, long, traversal, html] = r.json.data.map((d: any) => d.file);
    expect(long.original_name.length).toBeLessThanOrEqual(200);
    expect(long.original_name.endsWith('.txt')).toBe(true);
    expect(traversal.original_name).toBe('x');
    expect(traversal.folder_hint).toBeNull();
    expect(html.original_name).not.toMatch(/[<>]/);
    const done = await waitForFiles(s.token, [corrupt.id, locked.id, bomb.id, long.id, traversal.id, html.id]);
    expect(done.get(corrupt.id)).toMatchObject({ status: 'failed', error: 'FILE_CORRUPT' });
    expect(done.get(locked.id)).toMatchObject({ status: 'failed', error: 'FILE_ENCRYPTED' });
    expect(done.get(bomb.id)).toMatchObject({ status: 'failed', error: 'FILE_TOO_COMPLEX' });
    expect(done.get(long.id).status).toBe('ready');
    expect(done.get(traversal.id).status).toBe('ready');
    // Objects are stored by id, never by the name the browser sent.
    const root = path.join(env.DATA_DIR, 'storage', s.region, s.userId);
    expect(readdirSync(root).every((n) => /^[0-9a-f-]{36}$/.test(n))).toBe(true);
    expect(existsSync(path.join(env.DATA_DIR, 'storage', 'x'))).toBe(false);

    const health = await call('GET', '/api/health');
    expect(health.status).toBe(200);
  });
});

describe('isolation and residency', () => {
  it('lets no one else list, read, download, rename, move or search a file; EU objects stay in EU storage', async () => {
    const a = await student('owner@files.test', 'DE', 'de');
    const b = await student('other@files.test', 'DE', 'de');
    const bCourse = await b.course('Fremdkurs', 'XX1', 'Prof. X');
    const up = await upload(a.token, [{ name: 'geheim.txt', bytes: 'Vertrauliche Notizen über Quantenmechanik und Schrödinger' }]);
    const id = up.json.data[0].file.id;
    await waitForFiles(a.token, [id]);
    expect(a.region).toBe('eu-west');

    expect((await call('GET', `/api/files/${id}`, { token: b.token })).status).toBe(404);
    expect((await call('GET', `/api/files/${id}/download`, { token: b.token })).status).toBe(404);
    expect((await call('GET', `/api/files/${id}/preview`, { token: b.token })).status).toBe(404);
    expect((await call('PATCH', `/api/files/${id}`, { token: b.token, body: { display_name: 'mine now' } })).status).toBe(404);
    expect((await call('PATCH', `/api/files/${id}`, { token: b.token, body: { course_id: bCourse.id } })).status).toBe(404);
    expect((await call('POST', '/api/files/bulk', { token: b.token, body: { file_ids: [id], action: 'trash' } })).status).toBe(404);
    expect((await call('POST', '/api/files/categorize', { token: b.token, body: { file_ids: [id] } })).status).toBe(404);
    expect((await call('DELETE', `/api/files/${id}`, { token: b.token })).status).toBe(404);
    expect((await call('GET', '/api/files', { token: b.token })).json.data).toEqual([]);
    expect((await call('GET', '/api/search?q=Quantenmechanik', { token: b.token })).json.data).toEqual([]);
    expect((await call('GET', '/api/search?q=Quantenmechanik', { token: a.token })).json.data).toHaveLength(1);
    // A's file is untouched.
    expect((await call('GET', `/api/files/${id}`, { token: a.token })).json).toMatchObject({ display_name: expect.any(String), deleted_at: null });

    const [row] = await adminQuery('eu-west', 'select storage_key from files where id = $1', [id]);
    expect(existsSync(path.join(env.DATA_DIR, 'storage', 'eu-west', ...row.storage_key.split('/')))).toBe(true);
    expect(existsSync(path.join(env.DATA_DIR, 'storage', 'us-east', a.userId))).toBe(false);
    expect(await adminQuery('us-east', 'select count(*)::int as n from files where user_id = $1', [a.userId])).toEqual([{ n: 0 }]);
    expect(await adminQuery('eu-west', 'select count(*)::int as n from files where user_id = $1', [a.userId])).toEqual([{ n: 1 }]);
  });
});

describe('corrections and library actions', () => {
  it('learns from a correction: a similar new file lands where the student wanted', async () => {
    const s = await student('teach@files.test');
    const chem = await s.course('Chemistry', 'CHEM110', 'Dr. Curie');
    const bio = await s.course('Biology', 'BIO110', 'Dr. Darwin');
    const enzymes = (n: number) => [
      `Enzyme kinetics worksheet ${n}`,
      'Michaelis-Menten kinetics, substrate concentration, reaction velocity, Km and Vmax, competitive inhibition of the enzyme active site.',
    ];
    const first = await upload(s.token, [{ name: 'worksheet.pdf', bytes: await makePdf(enzymes(1)) }]);
    const f1 = (await waitForFiles(s.token, [first.json.data[0].file.id])).get(first.json.data[0].file.id);
    const wrong = f1.course_id === bio.id ? chem.id : bio.id;
    // The student says: this belongs in the other course (whichever the analysis did not pick).
    const fixed = await call('PATCH', `/api/files/${f1.id}`, { token: s.token, body: { course_id: wrong, category: 'notes' } });
    expect(fixed.status).toBe(200);
    expect(fixed.json).toMatchObject({ course_id: wrong, course_source: 'user', ai_category: 'notes', category_source: 'user', confidence_level: 'high' });
    const code = wrong === chem.id ? 'CHEM110' : 'BIO110';
    expect(fixed.json.display_name.startsWith(`${code} - Notes`)).toBe(true);
    expect(await adminQuery(s.region, 'select field, to_value from file_corrections where file_id = $1 order by field', [f1.id])).toEqual([
      { field: 'category', to_value: 'notes' },
      { field: 'course', to_value: wrong },
    ]);

    const second = await upload(s.token, [{ name: 'worksheet2.pdf', bytes: await makePdf(enzymes(2)) }]);
    const f2 = (await waitForFiles(s.token, [second.json.data[0].file.id])).get(second.json.data[0].file.id);
    expect(f2.course_id).toBe(wrong);
    expect(f2.ai_category).toBe('notes');

    // Re-analysis keeps the student's decisions.
    const again = await call('POST', '/api/files/categorize', { token: s.token, body: { file_ids: [f1.id] } });
    expect(again.json.data[0].status).toBe('queued');
    const re = (await waitForFiles(s.token, [f1.id])).get(f1.id);
    expect(re).toMatchObject({ course_id: wrong, ai_category: 'notes', status: 'ready' });
  });

  it('renames, reverts, bulk-moves, trashes, restores and deletes for good', async () => {
    const s = await student('actions@files.test');
    const hist = await s.course('European History', 'HIST150', 'Dr. Braudel');
    const up = await upload(s.token, [
      { name: 'essay-draft.txt', bytes: 'The French Revolution of 1789 and the Napoleonic wars reshaped Europe.' },
      { name: 'treaty.txt', bytes: 'The Treaty of Westphalia in 1648 ended the Thirty Years War.' },
    ]);
    const ids = up.json.data.map((d: any) => d.file.id);
    await waitForFiles(s.token, ids);

    const renamed = await call('PATCH', `/api/files/${ids[0]}`, { token: s.token, body: { display_name: 'My revolution essay' } });
    expect(renamed.json.display_name).toBe('My revolution essay');
    expect((await call('GET', '/api/search?q=revolution%20essay', { token: s.token })).json.data[0].file.id).toBe(ids[0]);
    // Nothing matches a misspelt name exactly, so the fuzzy name match answers it.
    expect((await call('GET', '/api/search?q=revolusion%20essay', { token: s.token })).json.data.map((h: any) => h.file.id)).toEqual([ids[0]]);
    const reverted = await call('POST', '/api/files/bulk', { token: s.token, body: { file_ids: [ids[0]], action: 'original_name' } });
    expect(reverted.json.data[0].display_name).toBe('essay-draft.txt');
    const smart = await call('POST', '/api/files/bulk', { token: s.token, body: { file_ids: [ids[0]], action: 'smart_name' } });
    expect(smart.json.data[0].display_name).toBe(smart.json.data[0].ai_name);

    const moved = await call('POST', '/api/files/bulk', { token: s.token, body: { file_ids: ids, action: 'move', course_id: hist.id } });
    expect(moved.json.data.map((f: any) => f.course_id)).toEqual([hist.id, hist.id]);
    expect((await call('POST', '/api/files/bulk', { token: s.token, body: { file_ids: [...ids, '00000000-0000-4000-8000-000000000000'], action: 'trash' } })).status).toBe(404);
    expect((await call('GET', '/api/files', { token: s.token })).json.data).toHaveLength(2);

    await call('DELETE', `/api/files/${ids[1]}`, { token: s.token });
    expect((await call('GET', '/api/files', { token: s.token })).json.data).toHaveLength(1);
    expect((await call('GET', '/api/files?trashed=true', { token: s.token })).json.data.map((f: any) => f.id)).toEqual([ids[1]]);
    expect((await call('GET', '/api/search?q=Westphalia', { token: s.token })).json.data).toEqual([]);
    // Deleting for good needs the file in the trash first.
    expect((await call('POST', '/api/files/bulk', { token: s.token, body: { file_ids: [ids[0]], action: 'delete_forever' } })).status).toBe(409);
    await call('POST', '/api/files/bulk', { token: s.token, body: { file_ids: [ids[1]], action: 'restore' } });
    expect((await call('GET', '/api/files', { token: s.token })).json.data).toHaveLength(2);

    const [row] = await adminQuery(s.region, 'select storage_key from files where id = $1', [ids[1]]);
    const object = path.join(env.DATA_DIR, 'storage', s.region, ...row.storage_key.split('/'));
    expect(existsSync(object)).toBe(true);
    await call('POST', '/api/files/bulk', { token: s.token, body: { file_ids: [ids[1]], action: 'trash' } });
    const gone = await call('POST', '/api/files/bulk', { token: s.token, body: { file_ids: [ids[1]], action: 'delete_forever' } });
    expect(gone.status).toBe(200);
    expect(existsSync(object)).toBe(false);
    expect((await call('GET', `/api/files/${ids[1]}`, { token: s.token })).status).toBe(404);
  });

  it('rejects bad input with the field named and changes nothing', async () => {
    const s = await student('badinput@files.test');
    const up = await upload(s.token, [{ name: 'x.txt', bytes: 'Some notes on linear algebra: eigenvalues and eigenvectors.' }]);
    const id = up.json.data[0].file.id;
    await waitForFiles(s.token, [id]);
    const bad = async (body: unknown, field: string) => {
      const r = await call('PATCH', `/api/files/${id}`, { token: s.token, body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.json.error.details.map((d: any) => d.path), JSON.stringify(body)).toContain(field);
    };
    await bad({ display_name: '' }, 'display_name');
    await bad({ display_name: '🙂🙂' }, 'display_name');
    await bad({ display_name: 'x'.repeat(10_000) }, 'display_name');
    await bad({ category: 'homework' }, 'category');
    await bad({ course_id: 'not-a-uuid' }, 'course_id');
    expect((await call('PATCH', `/api/files/${id}`, { token: s.token, body: { course_id: '00000000-0000-4000-8000-000000000000' } })).status).toBe(404);
    expect((await call('GET', '/api/files?sort=colour', { token: s.token })).status).toBe(400);
    expect((await call('GET', '/api/files?cursor=garbage', { token: s.token })).status).toBe(400);
    expect((await call('GET', '/api/search?q=', { token: s.token })).status).toBe(400);
    const after = (await call('GET', `/api/files/${id}`, { token: s.token })).json;
    expect(after.display_name).not.toBe('');
    expect(after.course_source).toBe('ai');
  });
});
