// Every string the API takes — each JSON body field and query parameter of the OpenAPI document,
// path ids, uploaded file names and the text inside documents — put through characters that broke
// or fooled it: U+0000 (PostgreSQL text cannot hold it), other controls, line breaks, bidi
// overrides, lone surrogates, invalid UTF-8, very long and decomposed (NFD) text. Each answer is
// 2xx or 4xx in the standard format; a refused name names its field; what is stored is NFC and free
// of control characters, and names of bidi controls too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleApiRequest } from '@/api/handle';
import { startWorker, type WorkerHandle } from '@/worker/start-worker';
import { PDFDocument, PDFName, StandardFonts, type PDFArray } from 'pdf-lib';
import { ORIGIN, STRONG_PASSWORD, call, verifiedUser } from '../support/api';
import { upload, waitForFiles } from '../support/files';
import { fillPath, openApiOperations, queryOf, sample, stringLeaves, withValue, type Operation, type Samples } from '../support/openapi-operations';

const HOSTILE: { label: string; value: string; /** a one-line name must refuse it */ refusedInNames: boolean }[] = [
  { label: 'U+0000', value: 'Bio\u0000logy', refusedInNames: true },
  { label: 'U+0000 alone', value: '\u0000', refusedInNames: true },
  { label: 'C0 controls', value: 'Bio\u0001\u0007\u001B\u001Flogy', refusedInNames: true },
  { label: 'DEL and C1', value: 'Bio\u007F\u0085\u009Blogy', refusedInNames: true },
  { label: 'CR/LF and tab', value: 'Bio\r\nlo\tgy', refusedInNames: true },
  { label: 'U+202E', value: 'notes\u202Efdp.exe', refusedInNames: true },
  { label: 'U+2066', value: 'Bio\u2066logy\u2069', refusedInNames: true },
  { label: 'lone high surrogate', value: 'Bio\uD800logy', refusedInNames: false },
  { label: 'lone low surrogate', value: '\uDFFFBiology', refusedInNames: false },
  { label: 'very long', value: 'Biology '.repeat(12_500), refusedInNames: false },
  { label: 'NFD', value: 'Re\u0301sume\u0301 e\u0301conomie', refusedInNames: false },
  { label: 'query syntax', value: `Bio' & !(logy | "x":*) \\ %_ <-> ;`, refusedInNames: false },
];
/** Bytes that are not UTF-8 at all: a stray 0xFF, a cut two-byte sequence, an encoded surrogate. */
const INVALID_UTF8 = Buffer.from([0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80]);

/** Fields a person types as a one-line name (nameField()): control and bidi characters are refused. */
const NAME_KEYS = new Set(['name', 'code', 'professor', 'term', 'display_name', 'full_name', 'university', 'original_name']);

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const BIDI_OR_BREAK = /[\t\n\u202A-\u202E\u2066-\u2069]/;

let requests = 0;
async function send(method: string, url: string, opts: Parameters<typeof call>[2] = {}) {
  requests++;
  return call(method, url, opts);
}

/** Percent-encodes as UTF-8; a lone surrogate goes as the three bytes careless encoders emit (invalid UTF-8). */
function percentEncode(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xd800 && c <= 0xdfff) out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    else out += encodeURIComponent(ch);
  }
  return out;
}

/** Every string in a successful answer is well formed, NFC and free of controls; names are one line without bidi controls. */
function expectClean(value: unknown, where: string, key = ''): void {
  if (typeof value === 'string') {
    expect(CONTROL.test(value), `${where}: control character in ${key}`).toBe(false);
    expect(value.isWellFormed(), `${where}: lone surrogate in ${key}`).toBe(true);
    expect(value === value.normalize('NFC'), `${where}: ${key} is not NFC`).toBe(true);
    if (NAME_KEYS.has(key)) expect(BIDI_OR_BREAK.test(value), `${where}: ${key} holds a bidi control or line break`).toBe(false);
  } else if (Array.isArray(value)) value.forEach((v) => expectClean(v, where, key));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) expectClean(v, where, k);
}

/** 2xx or 4xx, never 5xx; a 4xx in the standard error format. */
function expectAnswered(res: { status: number; json: any; text: string }, where: string) {
  expect.soft(res.status, `${where}: ${res.text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.json?.error, `${where}: not the standard error format`).toMatchObject({ code: expect.any(String), message: expect.any(String), timestamp: expect.any(String), requestId: expect.any(String) });
  }
}

const isAuth = (op: Operation) => op.path.startsWith('/api/auth/');

describe('hostile text', () => {
  let doc: any;
  let operations: Operation[];
  let user: Awaited<ReturnType<typeof verifiedUser>>;
  const ids: Record<string, string> = {};
  let samples: Samples;
  let emails = 0;

  beforeAll(async () => {
    ({ doc, operations } = await openApiOperations());
    user = await verifiedUser({ email: 'hostile@text.test', country: 'US' });
    const auth = { token: user.token };
    ids.course = (await call('POST', '/api/courses', { ...auth, body: { name: 'Organic Chemistry', code: 'CHEM 201' } })).json.id;
    ids.folder = (await call('POST', `/api/courses/${ids.course}/folders`, { ...auth, body: { name: 'Week 1' } })).json.id;
    ids.grade = (await call('POST', '/api/grades', { ...auth, body: { course_id: ids.course, name: 'Midterm', weight: 30 } })).json.id;
    ids.file = (await upload(user.token, [{ name: 'notes.txt', bytes: 'Alkenes and alkynes: addition reactions, Markovnikov’s rule.' }])).json.data[0].file.id;
    for (const [k, v] of Object.entries(ids)) expect(v, k).toMatch(/^[0-9a-f-]{36}$/);
    samples = {
      email: () => `hostile-${++emails}@text.test`,
      password: () => STRONG_PASSWORD,
      newPassword: () => STRONG_PASSWORD,
      name: () => 'Organic Chemistry',
      country: () => 'US',
      timezone: () => 'America/New_York',
      course_id: () => ids.course!,
      file_ids: () => [ids.file!],
      ids: () => [ids.course!],
      token: () => 'a-reset-token-nobody-was-sent-0123456789',
      action: () => 'original_name',
      region: () => 'us-east',
      q: () => 'chemistry',
      grade: () => '3.5',
      weight: () => 10,
      target: () => 80,
    };
  });

  /** The resource a path's {id} names: /api/<courses|folders|grades|files>/{id}. */
  const pathIds = (op: Operation, id?: string) => ({ id: id ?? ids[op.path.split('/')[2]!.replace(/s$/, '')]! });
  const tokenFor = (op: Operation) => (op.secured ? user.token : undefined);
  /** Signing in needs the account's own email; everything else gets fresh values. */
  const bodySamples = (op: Operation): Samples => (op.path === '/api/auth/sign-in/email' ? { ...samples, email: () => 'hostile@text.test' } : samples);

  it('the OpenAPI document still describes normalised fields as strings with their limits', () => {
    const props = (name: string) => doc.components.schemas[name].properties;
    expect(props('FileUpdate').display_name).toMatchObject({ type: 'string', minLength: 1, maxLength: 200 });
    expect(props('CourseCreate').name).toMatchObject({ type: 'string', minLength: 1, maxLength: 120 });
    expect(props('FolderCreate').name).toMatchObject({ type: 'string', maxLength: 120 });
    expect(props('ProfilePatch').full_name).toMatchObject({ type: 'string', maxLength: 120 });
    expect(props('SignUp').name).toMatchObject({ type: 'string', maxLength: 120 });
    const q = operations.find((op) => op.key === 'GET /api/search')!.params.find((p) => p.name === 'q')!;
    expect(q).toMatchObject({ required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } });
  });

  it('every JSON body field of the OpenAPI document', async () => {
    const ops = operations.filter((op) => op.body && op.method !== 'DELETE');
    const fields: string[] = [];
    for (const op of ops) {
      const base = sample(doc, op.body!, bodySamples(op));
      const url = fillPath(op, pathIds(op));
      const first = await send(op.method, url, { token: tokenFor(op), body: base });
      expectAnswered(first, `${op.key} base body ${JSON.stringify(base)}`);
      // A valid body is accepted, so the hostile ones test more than the first check; an unknown reset token and an OAuth provider nobody configured answer 4xx.
      if (!['POST /api/auth/reset-password', 'POST /api/auth/sign-in/social'].includes(op.key)) expect(first.status, `${op.key} base: ${first.text.slice(0, 300)}`).toBeLessThan(300);

      for (const path of stringLeaves(doc, op.body!)) {
        const field = path.join('.');
        const key = String(path.findLast((p) => typeof p === 'string'));
        fields.push(`${op.key} ${field}`);
        const baseNow = sample(doc, op.body!, bodySamples(op));
        for (const h of HOSTILE) {
          const where = `${op.key} ${field} ← ${h.label}`;
          const res = await send(op.method, url, { token: tokenFor(op), body: withValue(baseNow, path, h.value) });
          expectAnswered(res, where);
          if (isAuth(op)) continue; // sign-up and sign-in rules are changing elsewhere: 2xx/4xx is all that is asserted there
          if (res.status < 300) expectClean(res.json, where);
          // (A batch of one course names a term it does not know `term`, not `courses.0.term`: the field's own key is enough here.)
          if (res.json?.error?.code === 'VALIDATION_FAILED') expect(res.json.error.details.map((d: any) => d.path), `${where}: the refusal names the field`).toEqual(expect.arrayContaining([expect.toSatisfy((p: string) => p === field || p === key)]));
          if (NAME_KEYS.has(key) && h.refusedInNames) {
            expect(res.status, `${where}: a name with ${h.label} is refused`).toBe(400);
            expect(res.json.error.details, where).toContainEqual(expect.objectContaining({ path: field, code: 'invalid_characters' }));
          }
        }
        // Invalid UTF-8 inside the field: the raw body, as a broken client would send it.
        const [before, after] = JSON.stringify(withValue(baseNow, path, 'Bio\uE000logy')).split('\uE000');
        const raw = await send(op.method, url, {
          token: tokenFor(op),
          rawBody: Buffer.concat([Buffer.from(before!), INVALID_UTF8, Buffer.from(after!)]),
          headers: { 'content-type': 'application/json' },
        });
        expectAnswered(raw, `${op.key} ${field} ← invalid UTF-8`);
        if (!isAuth(op) && raw.status < 300) expectClean(raw.json, `${op.key} ${field} ← invalid UTF-8`);
      }
    }
    expect(ops.length).toBeGreaterThanOrEqual(15);
    expect(fields.length).toBeGreaterThanOrEqual(40);
    console.log(`hostile text: ${ops.length} operations with a JSON body, ${fields.length} string fields`);
  });

  it('every query parameter of the OpenAPI document', async () => {
    const ops = operations.filter((op) => op.params.some((p) => p.in === 'query'));
    let params = 0;
    for (const op of ops) {
      const path = fillPath(op, pathIds(op));
      const base = await send(op.method, path + queryOf(doc, op, samples), { token: tokenFor(op) });
      expect(base.status, `${op.key} base query: ${base.text.slice(0, 300)}`).toBeLessThan(400);
      for (const p of op.params.filter((x) => x.in === 'query')) {
        params++;
        const values = [...HOSTILE.map((h) => ({ ...h, encoded: percentEncode(h.value) })), { label: 'invalid UTF-8', value: '', refusedInNames: true, encoded: '%FF%C3%28Bio' }];
        for (const h of values) {
          const where = `${op.key} ?${p.name} ← ${h.label}`;
          const res = await send(op.method, path + queryOf(doc, op, samples, { [p.name]: h.encoded }), { token: tokenFor(op) });
          expectAnswered(res, where);
          if (res.status < 300 && !res.headers.get('content-type')?.includes('json')) continue; // a download
          if (res.status < 300) expectClean(res.json, where);
          if (NAME_KEYS.has(p.name) && h.refusedInNames && h.value) {
            expect(res.status, `${where}: a name with ${h.label} is refused`).toBe(400);
            expect(res.json.error.details, where).toContainEqual(expect.objectContaining({ path: p.name, code: 'invalid_characters' }));
          }
        }
      }
    }
    expect(params).toBeGreaterThanOrEqual(20);
    console.log(`hostile text: ${ops.length} operations with query parameters, ${params} parameters`);
  });

  it('a page cursor that was tampered with is refused, not a 500', async () => {
    await upload(user.token, [{ name: 'second.txt', bytes: 'Stereochemistry: chirality and enantiomers.' }]);
    for (const sort of ['created_at', 'name', 'size', 'date']) {
      const first = await send('GET', `/api/files?sort=${sort}&limit=1`, { token: user.token });
      const next = await send('GET', `/api/files?sort=${sort}&limit=1&cursor=${first.json.next_cursor}`, { token: user.token });
      expect(next.status, `the real next page by ${sort}`).toBe(200);
      expect(next.json.data[0].id).not.toBe(first.json.data[0].id);
    }
    const cursor = (v: unknown, id: unknown) => Buffer.from(JSON.stringify({ v, id })).toString('base64url');
    const uuid = '00000000-0000-4000-8000-000000000000';
    for (const [sort, c] of [
      ['created_at', cursor('not a time', uuid)],
      ['created_at', cursor('2026-01-01\u0000', uuid)],
      ['size', cursor('a lot', uuid)],
      ['name', cursor('Bio\u0000logy', uuid)],
      ['date', cursor('2026-01-01\u0000', uuid)],
      ['created_at', cursor('2026-02-30 10:00:00+00', uuid)],
      ['created_at', cursor('2026-01-01 25:00:00+00', uuid)],
      ['size', cursor('99999999999999999999999', uuid)],
      ['name', cursor('x', '------------------------------------')],
      ['name', cursor(42, uuid)],
      ['name', 'not base64 at all %%%'],
    ] as const) {
      const res = await send('GET', `/api/files?sort=${sort}&cursor=${encodeURIComponent(c)}`, { token: user.token });
      expectAnswered(res, `cursor ${sort} ${c}`);
      expect(res.status, `cursor ${sort} ${c}`).toBe(400);
    }
  });

  it('path ids that are not ids', async () => {
    const ops = operations.filter((op) => op.path.includes('{id}'));
    for (const op of ops) {
      for (const h of [...HOSTILE, { label: 'dots', value: '..' }, { label: 'uuid with U+0000', value: '00000000-0000-4000-8000-00000000000\u0000' }]) {
        const url = op.path.replace('{id}', percentEncode(h.value));
        const res = await send(op.method, url, { token: user.token, ...(op.body ? { body: {} } : {}) });
        expectAnswered(res, `${op.key} id ← ${h.label}`);
        expect([400, 404], `${op.key} id ← ${h.label}`).toContain(res.status);
      }
    }
    expect(ops.length).toBeGreaterThanOrEqual(10);
  });

  it('uploaded file names', async () => {
    // One request per name: the multipart parser refuses a part header holding a raw control
    // character (browsers escape only CR, LF and the quote) or longer than it reads, and that
    // refusal is the whole request's: 400 naming the unreadable part.
    const stored: string[] = [];
    for (const [i, h] of HOSTILE.entries()) {
      requests++;
      const res = await upload(user.token, [{ name: `${h.value}-${i}.txt`, bytes: `File ${i}: notes on enzymes and substrates.` }]);
      expect(res.status, `upload name ← ${h.label}: ${JSON.stringify(res.json)}`).toBeLessThan(500);
      if (res.status >= 400) {
        // Named as what it is (a part the parser could not read), not as an interrupted upload.
        expect(res.json.error, `upload name ← ${h.label}`).toMatchObject({
          code: 'VALIDATION_FAILED',
          message: expect.any(String),
          requestId: expect.any(String),
          details: [{ path: 'files', code: 'malformed_part', message: expect.stringMatching(/control characters/) }],
        });
        continue;
      }
      expect(res.json.data[0].outcome, h.label).toBe('stored');
      expectClean(res.json, `upload name ← ${h.label}`);
      stored.push(res.json.data[0].file.original_name);
    }
    // What a browser does send arrives stored: composed, one line (a browser sends CR and LF as
    // %0D%0A), without overrides, surrogates replaced.
    expect(stored).toEqual(expect.arrayContaining(['Bio%0D%0Alo gy-4.txt', 'notesfdp.exe-5.txt', 'Biology-6.txt', 'Bio\uFFFDlogy-7.txt', '\uFFFDBiology-8.txt', 'Résumé économie-10.txt']));

    // Raw bytes that are not UTF-8 in the part's file name, as no FormData would send them.
    const boundary = 'hostile-boundary-7f3a';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="Bio`),
      INVALID_UTF8,
      Buffer.from(`\u0000.txt"\r\nContent-Type: text/plain\r\n\r\nPhotosynthesis notes.\r\n--${boundary}--\r\n`),
    ]);
    requests++;
    const raw = await handleApiRequest(
      new Request(new URL('/api/files/upload', ORIGIN), { method: 'POST', headers: { authorization: `Bearer ${user.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` }, body }),
      '10.78.0.1',
    );
    const text = await raw.text();
    expect(raw.status, text).toBeLessThan(500);
    if (raw.status < 300) expectClean(JSON.parse(text), 'upload name with invalid UTF-8');
  });

  afterAll(async () => {
    // Read everything back: what was stored is as clean as what was answered.
    for (const url of ['/api/me', '/api/courses', `/api/courses/${ids.course}/folders`, `/api/grades?course_id=${ids.course}`, '/api/files?limit=100', '/api/grades/summary']) {
      const res = await call('GET', url, { token: user.token });
      expect(res.status, url).toBe(200);
      expectClean(res.json, `read back ${url}`);
    }
    console.log(`hostile text: ${requests} requests`);
  });
});

/**
 * A PDF whose text layer maps two character codes to U+0000 and U+0001 (a ToUnicode CMap, as the
 * symbol tables of some typesetting guides have), after a line of ordinary text.
 */
async function pdfWithNulText(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([600, 800]);
  page.drawText('Glyph table of the mathematics typesetting guide', { x: 50, y: 700, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  const cmap = doc.context.stream(
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /NulMap def 1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar <41> <0000> <42> <0001> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  );
  const font = doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', ToUnicode: doc.context.register(cmap) });
  const fonts = page.node.Resources()!.lookup(PDFName.of('Font')) as unknown as { set(k: PDFName, v: unknown): void };
  fonts.set(PDFName.of('FNul'), doc.context.register(font));
  const symbols = doc.context.register(doc.context.stream('BT /FNul 12 Tf 50 650 Td (ABAB) Tj ET'));
  const contents = page.node.Contents();
  if (contents && 'push' in contents) (contents as PDFArray).push(symbols);
  else page.node.set(PDFName.of('Contents'), doc.context.obj([page.node.get(PDFName.of('Contents'))!, symbols]));
  return doc.save();
}

describe('hostile text inside documents', () => {
  let worker: WorkerHandle;
  beforeAll(async () => {
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker?.stop();
  });

  it('a PDF whose text holds U+0000 becomes ready, its text stored without it and found by search', async () => {
    const u = await verifiedUser({ email: 'nul-pdf@text.test', country: 'US' });
    const res = await upload(u.token, [{ name: 'typesetting-glyphs.pdf', bytes: await pdfWithNulText() }]);
    expect(res.status).toBe(201);
    const id = res.json.data[0].file.id;
    const file = (await waitForFiles(u.token, [id])).get(id);
    expect(file.status, file.error).toBe('ready');
    const preview = await call('GET', `/api/files/${id}/preview`, { token: u.token });
    expect(preview.status).toBe(200);
    expect(preview.json.pages.join('\n')).toContain('Glyph table');
    expectClean(preview.json, 'preview');
    const found = await call('GET', '/api/search?q=glyph', { token: u.token });
    expect(found.json.data.map((h: any) => h.file.id)).toEqual([id]);
    expectClean(found.json, 'search');
  });
});
