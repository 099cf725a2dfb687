// Dropped folders become the course's folders, once each even when two worker processes sort the
// files in parallel; the library lists one folder; a student's own filing survives re-analysis; a
// file never goes into another course's or another student's folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type WorkerHandle } from '@/worker/start-worker';
import { call, expectStandardError, verifiedUser } from '../support/api';
import { makePdf } from '../support/documents';
import { adminQuery } from '../support/db';
import { upload, waitForFiles } from '../support/files';

let worker: WorkerHandle;
let second: ChildProcess;
beforeAll(async () => {
  second = spawn(process.execPath, ['--import', 'tsx', 'tests/support/worker-process.ts'], { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    second.stdout!.on('data', (d: Buffer) => d.toString().includes('worker ready') && resolve());
    second.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
  worker = await startWorker();
});
afterAll(async () => {
  await worker?.stop();
  if (second && second.exitCode === null) {
    second.kill('SIGTERM');
    await new Promise((r) => second.once('exit', r));
  }
});

type Folder = { id: string; name: string; parent_id: string | null; course_id: string };

const biology = (topic: string) =>
  `BIO101 Cell Biology. ${topic} The cell membrane is a phospholipid bilayer; mitochondria produce ATP through cellular respiration and ribosomes build proteins.`;

async function folders(token: string, courseId: string): Promise<Folder[]> {
  return (await call('GET', `/api/courses/${courseId}/folders`, { token })).json.data;
}

async function listed(token: string, query: string): Promise<string[]> {
  const res = await call('GET', `/api/files?${query}&limit=100`, { token });
  expect(res.status).toBe(200);
  return res.json.data.map((f: { original_name: string }) => f.original_name).sort();
}

describe('folders from dropped folders', () => {
  it('mirrors the dropped weeks into the course once, lists a folder, and keeps what the student filed by hand', { timeout: 180_000 }, async () => {
    const s = await verifiedUser({ email: 'weeks@folders.test', country: 'US' });
    const course = async (name: string, code: string) => (await call('POST', '/api/courses', { token: s.token, body: { name, code } })).json as { id: string };
    const bio = await course('Cell Biology', 'BIO101');
    const chem = await course('Organic Chemistry', 'CHEM150');

    // Many files of the same two folders at once, so the parallel jobs race to create them.
    const week1 = Array.from({ length: 9 }, (_, i) => ({ name: `BIO101/Week 1/notes ${i}.txt`, bytes: biology(`Week 1 reading ${i}: osmosis and diffusion.`) }));
    const week2 = Array.from({ length: 9 }, (_, i) => ({ name: `BIO101/Week 2/notes ${i}.txt`, bytes: biology(`Week 2 reading ${i}: mitosis and meiosis.`) }));
    const res = await upload(s.token, [
      { name: 'BIO101/Week 1/a.pdf', bytes: await makePdf([`Lecture 1. ${biology('Introduction to cells.')}`]) },
      { name: 'BIO101/Week 1/b.txt', bytes: biology('Notes on the cell theory.') },
      { name: 'BIO101/Week 2/c.md', bytes: `# Mitosis\n\n${biology('Prophase, metaphase, anaphase and telophase.')}` },
      // Another spelling of the same week, one level deeper.
      { name: 'bio101/week 1/Lab/d.txt', bytes: biology('Lab: onion cells under the microscope.') },
      ...week1,
      ...week2,
    ]);
    expect(res.status).toBe(201);
    const ids: string[] = res.json.data.map((d: { file: { id: string } }) => d.file.id);
    const files = await waitForFiles(s.token, ids, 120_000);
    const byName = new Map([...files.values()].map((f) => [f.original_name as string, f]));
    expect([...files.values()].every((f) => f.status === 'ready' && f.course_id === bio.id)).toBe(true);

    const tree = await folders(s.token, bio.id);
    // Exactly one folder per week, spelled as whichever job got there first ("Week 1" or "week 1").
    expect(tree.map((f) => f.name.toLowerCase()).sort()).toEqual(['lab', 'week 1', 'week 2']);
    const folder = (name: string) => tree.find((f) => f.name.toLowerCase() === name.toLowerCase())!;
    expect(folder('Week 1').parent_id).toBeNull();
    expect(folder('Week 2').parent_id).toBeNull();
    expect(folder('Lab').parent_id).toBe(folder('Week 1').id);
    expect(await folders(s.token, chem.id)).toEqual([]);
    for (const f of files.values()) {
      const expected = f.original_name === 'd.txt' ? 'Lab' : f.folder_hint === 'BIO101/Week 1' ? 'Week 1' : 'Week 2';
      expect([f.original_name, f.folder_id]).toEqual([f.original_name, folder(expected).id]);
    }

    // The library lists exactly one folder's files (its subfolders are folders of their own).
    const week1Names = ['a.pdf', 'b.txt', ...week1.map((p) => p.name.split('/').pop()!)].sort();
    expect(await listed(s.token, `course_id=${bio.id}&folder_id=${folder('Week 1').id}`)).toEqual(week1Names);
    expect(await listed(s.token, `course_id=${bio.id}&folder_id=${folder('Lab').id}`)).toEqual(['d.txt']);
    expect(await listed(s.token, `course_id=${chem.id}&folder_id=${folder('Week 1').id}`)).toEqual([]);

    // A file dropped on the course page keeps its folders too: below the dropped folder itself.
    const onCoursePage = await upload(s.token, [{ name: 'Semester/Week 3/e.txt', bytes: biology('Week 3: enzymes and metabolism.') }], { course_id: bio.id });
    const e = (await waitForFiles(s.token, [onCoursePage.json.data[0].file.id])).values().next().value;
    const week3 = (await folders(s.token, bio.id)).find((f) => f.name === 'Week 3');
    expect(week3?.parent_id).toBeNull();
    expect(e).toMatchObject({ course_id: bio.id, folder_id: week3?.id });

    // The student files a.pdf into Week 2 and takes b.txt out of its folder; analysing again keeps
    // both, keeps c.md where the hint put it and creates no second folder.
    const a = byName.get('a.pdf')!;
    const b = byName.get('b.txt')!;
    const c = byName.get('c.md')!;
    const moved = await call('PATCH', `/api/files/${a.id}`, { token: s.token, body: { folder_id: folder('Week 2').id } });
    expect(moved.status).toBe(200);
    expect(moved.json).toMatchObject({ folder_id: folder('Week 2').id, course_id: bio.id, course_source: 'user' });
    expect((await call('PATCH', `/api/files/${b.id}`, { token: s.token, body: { folder_id: null } })).json).toMatchObject({ folder_id: null, course_id: bio.id });
    const again = await call('POST', '/api/files/categorize', { token: s.token, body: { file_ids: [a.id, b.id, c.id] } });
    expect(again.status).toBe(200);
    const after = await waitForFiles(s.token, [a.id, b.id, c.id]);
    expect(after.get(a.id)).toMatchObject({ status: 'ready', course_id: bio.id, folder_id: folder('Week 2').id });
    expect(after.get(b.id)).toMatchObject({ status: 'ready', course_id: bio.id, folder_id: null });
    expect(after.get(c.id)).toMatchObject({ status: 'ready', course_id: bio.id, folder_id: folder('Week 2').id });
    expect((await folders(s.token, bio.id)).map((f) => f.name.toLowerCase()).sort()).toEqual(['lab', 'week 1', 'week 2', 'week 3']);

    // A folder the student deletes stays deleted when its file (sorted there by analysis) is analysed again.
    const d = byName.get('d.txt')!;
    expect(d.course_source).toBe('ai');
    expect((await call('DELETE', `/api/folders/${folder('Lab').id}`, { token: s.token })).status).toBe(200);
    expect((await call('GET', `/api/files/${d.id}`, { token: s.token })).json.folder_id).toBeNull();
    expect((await call('POST', '/api/files/categorize', { token: s.token, body: { file_ids: [d.id] } })).status).toBe(200);
    expect((await waitForFiles(s.token, [d.id])).get(d.id)).toMatchObject({ status: 'ready', course_id: bio.id, folder_id: null });
    expect((await folders(s.token, bio.id)).map((f) => f.name.toLowerCase()).sort()).toEqual(['week 1', 'week 2', 'week 3']);
    // A file whose analyses so far all failed (no smart name yet) is filed by its hint once one succeeds.
    await adminQuery(s.region, "update files set status = 'failed', error = 'FILE_PROCESSING_FAILED', ai_name = null, processed_at = now() where id = $1", [d.id]);
    expect((await call('POST', '/api/files/categorize', { token: s.token, body: { file_ids: [d.id] } })).status).toBe(200);
    const refiled = (await waitForFiles(s.token, [d.id])).get(d.id);
    const lab = (await folders(s.token, bio.id)).find((f) => f.name.toLowerCase() === 'lab');
    expect(lab?.parent_id).toBe(folder('Week 1').id);
    expect(refiled).toMatchObject({ status: 'ready', course_id: bio.id, folder_id: lab!.id });

    // Another course's folder: refused, in the caller's language, unless the same change moves the file there.
    const reactions = (await call('POST', `/api/courses/${chem.id}/folders`, { token: s.token, body: { name: 'Reactions' } })).json as Folder;
    const wrongCourse = await call('PATCH', `/api/files/${a.id}`, { token: s.token, body: { folder_id: reactions.id }, headers: { 'accept-language': 'de' } });
    expectStandardError(wrongCourse, 400, 'VALIDATION_FAILED');
    expect(wrongCourse.json.error.details).toEqual([{ path: 'folder_id', code: 'folder_other_course', message: expect.stringMatching(/anderen Kurs/) }]);
    const bulkWrong = await call('POST', '/api/files/bulk', { token: s.token, body: { file_ids: [b.id, c.id], action: 'move', folder_id: reactions.id } });
    expectStandardError(bulkWrong, 400, 'VALIDATION_FAILED');
    expect((await call('GET', `/api/files/${a.id}`, { token: s.token })).json.folder_id).toBe(folder('Week 2').id);
    expect((await call('GET', `/api/files/${c.id}`, { token: s.token })).json.folder_id).toBe(folder('Week 2').id);
    const withCourse = await call('PATCH', `/api/files/${a.id}`, { token: s.token, body: { course_id: chem.id, folder_id: reactions.id } });
    expect(withCourse.json).toMatchObject({ course_id: chem.id, folder_id: reactions.id });
    // A new course without a folder leaves the old course's folder behind.
    expect((await call('PATCH', `/api/files/${c.id}`, { token: s.token, body: { course_id: chem.id } })).json).toMatchObject({ course_id: chem.id, folder_id: null });

    // Another student's folder does not exist for this one.
    const other = await verifiedUser({ email: 'other@folders.test', country: 'US' });
    const theirCourse = (await call('POST', '/api/courses', { token: other.token, body: { name: 'Cell Biology', code: 'BIO101' } })).json as { id: string };
    const theirFolder = (await call('POST', `/api/courses/${theirCourse.id}/folders`, { token: other.token, body: { name: 'Week 1' } })).json as Folder;
    expectStandardError(await call('PATCH', `/api/files/${b.id}`, { token: s.token, body: { folder_id: theirFolder.id } }), 404, 'NOT_FOUND');
    expectStandardError(await call('PATCH', `/api/files/${b.id}`, { token: s.token, body: { course_id: theirCourse.id, folder_id: theirFolder.id } }), 404, 'NOT_FOUND');
    expect((await call('GET', `/api/files/${b.id}`, { token: s.token })).json).toMatchObject({ course_id: bio.id, folder_id: null });
  });
});
