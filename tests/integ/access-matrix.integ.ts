// Every route of the OpenAPI document, called by someone who does not own the data it names: an
// anonymous caller, another student of the same region and a student of the other region, with a
// first student's ids in the path, the body and the query. Anonymous callers get 401; the others
// get 404 (never 403, which would confirm the id exists) and never a byte of the first student's
// data; lists answer the caller's own data only; and none of the first student's rows change.
// The routes come from the document, so a new route is covered when it is added.
import { beforeAll, describe, expect, it } from 'vitest';
import { handleApiRequest } from '@/api/handle';
import { ORIGIN, STRONG_PASSWORD, call, verifiedUser } from '../support/api';
import { adminQuery } from '../support/db';
import { upload } from '../support/files';
import { fillPath, openApiOperations, queryOf, resolve, sample, type Operation, type Samples, type Schema } from '../support/openapi-operations';

/**
 * Routes anyone may call, with why. Every other route must require a session (the test fails for a
 * new route that does not, until it is listed here).
 */
const PUBLIC = new Set([
  'GET /api/health', // liveness of the roles, nothing about anyone
  'GET /api/ready', // readiness of the databases and storage
  'POST /api/auth/sign-up/email', // auth front doors: they start a session, so they cannot need one
  'POST /api/auth/sign-in/email',
  'POST /api/auth/sign-in/social',
  'POST /api/auth/sign-in/magic-link',
  'POST /api/auth/request-password-reset',
  'POST /api/auth/reset-password',
]);
/** Routes that end the caller's own session: called last, for each caller. */
const ENDS_SESSION = new Set(['POST /api/auth/sign-out', 'POST /api/auth/sign-out-everywhere']);

type Caller = { label: string; token?: string };
type Ids = { course: string; course2: string; folder: string; grade: string; file: string };

const MARKERS = ['Zymology Seminar', 'Fermentation Lab', 'Zymology midterm', 'zymology-notes.txt', 'owner@matrix.test', 'Owner Student'];

/** Every row of the user's in their cell, as text, table by table. */
async function snapshot(userId: string): Promise<Record<string, string[]>> {
  const tables = (await adminQuery('us-east', `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'user_id' order by 1`)) as { table_name: string }[];
  const out: Record<string, string[]> = {};
  for (const { table_name } of tables) {
    out[table_name] = (await adminQuery('us-east', `select to_jsonb(t)::text as row from "${table_name}" t where user_id = $1 order by 1`, [userId])).map((r) => r.row);
  }
  out.auth_user = (await adminQuery('us-east', `select to_jsonb(t)::text as row from auth_user t where id = $1`, [userId])).map((r) => r.row);
  return out;
}

/** The uuid-typed top-level fields of a body schema (a union's uuid branch counts), as name → array or single. */
function uuidFields(doc: any, schema: Schema): [string, 'one' | 'many'][] {
  const out: [string, 'one' | 'many'][] = [];
  for (const [k, p] of Object.entries<Schema>(resolve(doc, schema).properties ?? {})) {
    const s = resolve(doc, p);
    const variants = (s.anyOf ?? s.oneOf ?? [s]).map((v: Schema) => resolve(doc, v));
    if (variants.some((v: Schema) => v.format === 'uuid')) out.push([k, 'one']);
    else if (variants.some((v: Schema) => resolve(doc, v.items ?? {}).format === 'uuid')) out.push([k, 'many']);
  }
  return out;
}

describe('access matrix', () => {
  let doc: any;
  let operations: Operation[];
  let owner: Awaited<ReturnType<typeof verifiedUser>>;
  let callers: Caller[];
  let other: Awaited<ReturnType<typeof verifiedUser>>;
  const a = {} as Ids;
  const b = {} as Ids;
  let requests = 0;

  async function send(caller: Caller, method: string, url: string, body?: unknown) {
    requests++;
    return call(method, url, { token: caller.token, ...(body !== undefined ? { body } : {}) });
  }

  async function resources(token: string, names: { course: string; folder: string; grade: string; file: string }): Promise<Ids> {
    const course = (await call('POST', '/api/courses', { token, body: { name: names.course, code: 'ZYM 301', professor: 'Dr. Pasteur' } })).json.id;
    const course2 = (await call('POST', '/api/courses', { token, body: { name: `${names.course} II` } })).json.id;
    const folder = (await call('POST', `/api/courses/${course}/folders`, { token, body: { name: names.folder } })).json.id;
    const grade = (await call('POST', '/api/grades', { token, body: { course_id: course, name: names.grade, weight: 40 } })).json.id;
    const file = (await upload(token, [{ name: names.file, bytes: 'Yeast metabolism: glycolysis and ethanol fermentation.' }], { course_id: course })).json.data[0].file.id;
    const ids = { course, course2, folder, grade, file };
    for (const [k, v] of Object.entries(ids)) expect(v, k).toMatch(/^[0-9a-f-]{36}$/);
    return ids;
  }

  beforeAll(async () => {
    ({ doc, operations } = await openApiOperations());
    owner = await verifiedUser({ email: 'owner@matrix.test', country: 'US', name: 'Owner Student' });
    Object.assign(a, await resources(owner.token, { course: 'Zymology Seminar', folder: 'Fermentation Lab', grade: 'Zymology midterm', file: 'zymology-notes.txt' }));
    await call('PATCH', '/api/me', { token: owner.token, body: { university: 'Owner University' } });
    other = await verifiedUser({ email: 'other@matrix.test', country: 'US' });
    Object.assign(b, await resources(other.token, { course: 'Botany', folder: 'Leaves', grade: 'Quiz', file: 'botany.txt' }));
    const eu = await verifiedUser({ email: 'eu@matrix.test', country: 'DE', locale: 'de' });
    expect(eu.region).toBe('eu-west');
    callers = [{ label: 'anonymous' }, { label: 'same region', token: other.token }, { label: 'other region', token: eu.token }];
  });

  /** Samples that name the given student's resources wherever a body or query takes an id. */
  const idSamples = (ids: Ids): Samples => ({
    course_id: () => ids.course,
    folder_id: () => ids.folder,
    parent_id: () => ids.folder,
    file_ids: () => [ids.file],
    ids: () => [ids.course, ids.course2],
    name: () => 'Intruder',
    weight: () => 10,
    target: () => 80,
    q: () => 'zymology',
    grade: () => '3.5',
    action: () => 'delete_forever',
    email: () => 'owner@matrix.test',
    password: () => 'Wrong-Password-1234',
    newPassword: () => 'Lantern-Orbit-42-Meadow',
    token: () => 'guessed-token',
    region: () => 'us-east',
    country: () => 'US',
    timezone: () => 'Europe/Berlin',
  });

  /** The operation's body with every id field, required or not, naming `ids`' resources. */
  function bodyFor(op: Operation, ids: Ids): unknown {
    if (!op.body) return undefined;
    const body = sample(doc, op.body, idSamples(ids)) as Record<string, unknown>;
    for (const [k, kind] of uuidFields(doc, op.body)) {
      const id = k === 'file_ids' ? ids.file : k.startsWith('folder') || k === 'parent_id' ? ids.folder : ids.course;
      body[k] = kind === 'many' ? (k === 'ids' ? [ids.course, ids.course2] : [id]) : id;
    }
    return body;
  }

  const pathIdOf = (op: Operation, ids: Ids) => ({ id: (ids as Record<string, string>)[op.path.split('/')[2]!.replace(/s$/, '')]! });
  /** Which of the operation's inputs name a resource: a path id, or a required id in the body or query. */
  function takesId(op: Operation): boolean {
    if (op.params.some((p) => p.in === 'path')) return true;
    if (op.params.some((p) => p.in === 'query' && p.required && p.schema.format === 'uuid')) return true;
    return op.body ? (resolve(doc, op.body).required ?? []).some((k: string) => uuidFields(doc, op.body!).some(([f]) => f === k)) : false;
  }
  /** Optional id filters of a list, set to the first student's ids (course_id=<theirs>). */
  function idQuery(op: Operation, ids: Ids): Record<string, string> {
    const q: Record<string, string> = {};
    for (const p of op.params) {
      if (p.in !== 'query') continue;
      const s = p.schema;
      const isId = s.format === 'uuid' || (s.anyOf ?? []).some((v: Schema) => v.format === 'uuid');
      if (isId) q[p.name] = p.name.startsWith('folder') ? ids.folder : ids.course;
    }
    return q;
  }

  function expectNoLeak(res: { text: string }, where: string) {
    for (const secret of [owner.userId, ...Object.values(a), ...MARKERS]) expect(res.text.includes(secret), `${where} leaks ${secret}`).toBe(false);
  }

  async function callAs(caller: Caller, op: Operation, ids: Ids) {
    const url = fillPath(op, pathIdOf(op, ids)) + queryOf(doc, op, idSamples(ids), idQuery(op, ids));
    if (op.multipart) {
      requests++;
      const form = new FormData();
      form.append('files', new Blob(['Intruder notes on yeast.']), 'intruder.txt');
      form.append('course_id', ids.course);
      const res = await handleApiRequest(new Request(new URL(url, ORIGIN), { method: op.method, headers: caller.token ? { authorization: `Bearer ${caller.token}` } : {}, body: form }), '10.79.0.1');
      const text = await res.text();
      return { status: res.status, text, json: text ? JSON.parse(text) : undefined };
    }
    return send(caller, op.method, url, bodyFor(op, ids));
  }

  it('every route: 401 anonymous, 404 for the others, their own data only, nothing of the owner changed', async () => {
    const before = await snapshot(owner.userId);
    const ordered = [...operations.filter((op) => !ENDS_SESSION.has(op.key)), ...operations.filter((op) => ENDS_SESSION.has(op.key))];
    const counted = { routes: 0, withId: 0, lists: 0 };
    for (const op of ordered) {
      if (PUBLIC.has(op.key)) continue;
      expect(op.secured, `${op.key} needs no session: list it in PUBLIC with why, or secure it`).toBe(true);
      counted.routes++;
      const withId = takesId(op);
      if (withId) counted.withId++;
      else counted.lists++;
      for (const caller of callers) {
        const where = `${caller.label}: ${op.key}`;
        const res = await callAs(caller, op, a);
        expect.soft(res.status, `${where}: ${res.text.slice(0, 300)}`).toBeLessThan(500);
        expect(res.status, `${where} confirms the resource exists`).not.toBe(403);
        expectNoLeak(res, where);
        if (!caller.token) expect.soft(res.status, where).toBe(401);
        else if (withId) expect.soft(res.status, `${where}: ${res.text.slice(0, 300)}`).toBe(404);
        if (res.status >= 400) expect(res.json?.error?.code, where).toEqual(expect.any(String));
      }
    }
    expect(await snapshot(owner.userId)).toEqual(before);
    // The owner's session survived every other caller's sign-out.
    expect((await call('GET', '/api/me', { token: owner.token })).json.full_name).toBe('Owner Student');
    expect(counted.withId).toBeGreaterThanOrEqual(15);
    expect(counted.lists).toBeGreaterThanOrEqual(8);
    console.log(`access matrix: ${counted.routes} routes (${counted.withId} naming a resource, ${counted.lists} lists or creations) × ${callers.length} callers, ${requests} requests`);
  });

  it('the other student’s own resource cannot be tied to the owner’s: their ids in every id field of the body', async () => {
    const before = await snapshot(owner.userId);
    // A session of its own: the matrix above ended the other student's sessions with its sign-outs.
    const session = await call('POST', '/api/auth/sign-in/email', { body: { email: 'other@matrix.test', password: STRONG_PASSWORD } });
    const signedIn: Caller = { label: 'same region', token: session.json.token };
    let checked = 0;
    for (const op of operations) {
      if (!op.body || !op.params.some((p) => p.in === 'path') || op.method === 'DELETE') continue;
      if (uuidFields(doc, op.body).length === 0) continue;
      checked++;
      // The path names the caller's own resource; every id in the body names the owner's.
      const url = fillPath(op, pathIdOf(op, b));
      const body = bodyFor(op, a);
      const res = await send(signedIn, op.method, url, body);
      const where = `${op.key} with ${JSON.stringify(body)}`;
      expect(res.status, `${where}: ${res.text.slice(0, 300)}`).toBe(404);
      expectNoLeak(res, where);
    }
    // And with ids in a bulk request: the caller's file, moved into the owner's course.
    const bulk = await send(signedIn, 'POST', '/api/files/bulk', { file_ids: [b.file], action: 'move', course_id: a.course, folder_id: a.folder });
    expect(bulk.status, bulk.text).toBe(404);
    const stored = await upload(signedIn.token!, [{ name: 'into-theirs.txt', bytes: 'Moss and ferns.' }], { course_id: a.course });
    expect(stored.status, JSON.stringify(stored.json)).toBe(404);
    expect(checked).toBeGreaterThanOrEqual(3);
    expect(await snapshot(owner.userId)).toEqual(before);
    for (const url of ['/api/files?limit=100', '/api/courses']) expectNoLeak(await send(signedIn, 'GET', url), `other's ${url}`);
  });
});
