// File benchmarks (issue 4), each beside a baseline from the same run:
//  - ingestion: 200 mixed documents (5–30 pages) uploaded through the API until all are ready,
//    with the peak RSS of every process of the app;
//  - extraction: our pdf.js extraction over the same PDFs next to poppler's `pdftotext`;
//  - GET /api/files and GET /api/search with 10,000 files for one user at 50 connections, as
//    capacity (closed loop) and as latency under a stated offered load.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { extractDocument } from '../src/domain/files/extract/extract-document';
import { labelledCorpus } from '../tests/support/labelled-corpus';
import { makeDocx, makePdf, makePptx } from '../tests/support/documents';
import { searchStatement } from './search-statement';

type Doc = { name: string; bytes: Uint8Array; pages: number; kind: 'pdf' | 'docx' | 'pptx' };

/** Deterministic documents from the labelled corpus' sentences: 60 % PDF, 20 % DOCX, 20 % PPTX. */
export async function makeDocuments(count: number): Promise<Doc[]> {
  const students = labelledCorpus();
  const pool = students.flatMap((s) => s.documents.flatMap((d) => d.pages));
  const docs: Doc[] = [];
  for (let i = 0; i < count; i++) {
    const pages = 5 + ((i * 7) % 26);
    const body = Array.from({ length: pages }, (_, p) => `${pool[(i * 31 + p * 17) % pool.length]}\n${pool[(i * 13 + p * 29 + 5) % pool.length]}`);
    const kind = i % 5 === 3 ? 'docx' : i % 5 === 4 ? 'pptx' : 'pdf';
    const bytes = kind === 'pdf' ? await makePdf(body) : kind === 'docx' ? await makeDocx(body) : await makePptx(body.map((b) => b.split('\n')));
    docs.push({ name: `doc-${String(i).padStart(3, '0')}.${kind}`, bytes, pages, kind });
  }
  return docs;
}

/** The app's processes (launcher, API + realtime server, worker, Next.js child, PostgreSQL) by role. */
function processTree(rootPid: number): { pid: number; role: string }[] {
  const out: { pid: number; role: string }[] = [];
  const walk = (pid: number) => {
    let cmd: string;
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      return; // a PostgreSQL backend that ended after its parent listed it
    }
    const role = /postgres/.test(cmd)
      ? 'postgres'
      : /next-entry|next\b/.test(cmd)
        ? 'web-pages (Next.js)'
        : /worker-entry/.test(cmd)
          ? 'worker (with its extraction threads)'
          : /scripts\/start\.ts/.test(cmd)
            ? 'launcher'
            : 'api+realtime';
    out.push({ pid, role });
    let children: string[] = [];
    try {
      children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    } catch {
      // the process ended meanwhile
    }
    for (const c of children) walk(Number(c));
  };
  walk(rootPid);
  return out;
}

function rssMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${field}:\\s+(\\d+) kB`));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** Peak RSS per role: VmHWM per process (Postgres backends summed by their samples). */
function peakByRole(rootPid: number, postgresPeak: number): Record<string, number> {
  const peaks: Record<string, number> = { postgres: postgresPeak };
  for (const p of processTree(rootPid)) if (p.role !== 'postgres') peaks[p.role] = Math.max(peaks[p.role] ?? 0, rssMb(p.pid, 'VmHWM'));
  return peaks;
}

async function uploadOne(url: string, token: string, doc: Doc): Promise<string> {
  const form = new FormData();
  form.append('files', new Blob([Buffer.from(doc.bytes)]), doc.name);
  const res = await fetch(`${url}/api/files/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const json = (await res.json()) as { data: { file: { id: string } }[] };
  if (res.status !== 201) throw new Error(`upload ${doc.name}: ${res.status} ${JSON.stringify(json)}`);
  return json.data[0]!.file.id;
}

/** Every file of the student, through GET /api/files a page at a time. */
export async function listFiles<F>(url: string, token: string): Promise<F[]> {
  const files: F[] = [];
  for (let cursor: string | null = ''; cursor !== null; ) {
    const res = await fetch(`${url}/api/files?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: `Bearer ${token}` } });
    const page = (await res.json()) as { data: F[]; next_cursor: string | null };
    files.push(...page.data);
    cursor = page.next_cursor;
  }
  return files;
}

const DONE = new Set(['ready', 'failed']);
const TIMEOUT_MS = 600_000;

/** Polls the student's library until every one of `ids` is ready or failed; answers them by id. */
export async function waitForAll<F extends { id: string; status: string }>(url: string, token: string, ids: string[]): Promise<Map<string, F>> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const byId = new Map((await listFiles<F>(url, token)).map((f) => [f.id, f]));
    if (ids.every((id) => DONE.has(byId.get(id)?.status ?? ''))) return byId;
    if (Date.now() > deadline) throw new Error(`bench: files still processing after ${TIMEOUT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function benchIngestion(url: string, token: string, appPid: number) {
  const docs = await makeDocuments(200);
  const totalPages = docs.reduce((n, d) => n + d.pages, 0);
  let postgresPeak = 0;
  const sampler = setInterval(() => {
    const pgSum = processTree(appPid).filter((p) => p.role === 'postgres').reduce((n, p) => n + rssMb(p.pid, 'VmRSS'), 0);
    postgresPeak = Math.max(postgresPeak, pgSum);
  }, 200);
  const t0 = performance.now();
  const ids: string[] = [];
  let next = 0;
  // Like the browser: one file per request, three at a time.
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      while (next < docs.length) ids.push(await uploadOne(url, token, docs[next++]!));
    }),
  );
  const uploadedMs = performance.now() - t0;
  const statuses = [...(await waitForAll<{ id: string; status: string }>(url, token, ids)).values()].map((f) => f.status);
  const ready = statuses.filter((s) => s === 'ready').length;
  const failed = statuses.filter((s) => s === 'failed').length;
  const wallMs = performance.now() - t0;
  clearInterval(sampler);
  return {
    documents: docs.length,
    pages: totalPages,
    kinds: { pdf: docs.filter((d) => d.kind === 'pdf').length, docx: docs.filter((d) => d.kind === 'docx').length, pptx: docs.filter((d) => d.kind === 'pptx').length },
    upload_s: +(uploadedMs / 1000).toFixed(1),
    wall_s: +(wallMs / 1000).toFixed(1),
    pages_per_s: Math.round(totalPages / (wallMs / 1000)),
    ready,
    failed,
    peak_rss_mb: peakByRole(appPid, postgresPeak),
    docs,
  };
}

/** Sequential single-thread extraction of the same PDFs: ours (pdf.js) and poppler's pdftotext. */
export async function benchExtraction(docs: Doc[]) {
  if (spawnSync('pdftotext', ['-v']).error) {
    // poppler-utils is the baseline; install it where we can (root on Debian), else say so.
    spawnSync('apt-get', ['install', '-y', 'poppler-utils'], { stdio: 'ignore' });
  }
  const pdfs = docs.filter((d) => d.kind === 'pdf');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cf-bench-pdf-'));
  try {
    pdfs.forEach((d) => writeFileSync(path.join(dir, d.name), d.bytes));
    const files = readdirSync(dir).map((n) => path.join(dir, n));
    let t = performance.now();
    for (const f of files) execFileSync('pdftotext', ['-q', f, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const popplerMs = performance.now() - t;
    t = performance.now();
    for (const d of pdfs) await extractDocument(new Uint8Array(d.bytes), 'pdf');
    const oursMs = performance.now() - t;
    const pages = pdfs.reduce((n, d) => n + d.pages, 0);
    return {
      pdfs: pdfs.length,
      pages,
      ours_pages_per_s: Math.round(pages / (oursMs / 1000)),
      pdftotext_pages_per_s: Math.round(pages / (popplerMs / 1000)),
      slowdown_vs_pdftotext: +(oursMs / popplerMs).toFixed(2),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tsConfig: Record<string, string> = { en: 'english', fr: 'french', de: 'german', es: 'spanish' };

/** The embedded US cell as its superuser: the bench writes its library straight into the tables. */
async function superuserClient(dataDir: string, authSecret: string): Promise<pg.Client> {
  const { port } = JSON.parse(readFileSync(path.join(dataDir, 'embedded.json'), 'utf8')) as { port: number };
  const password = createHmac('sha256', authSecret).update('embedded-postgres-superuser').digest('base64url');
  const client = new pg.Client({ connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/courseflow_us_east` });
  await client.connect();
  return client;
}

/**
 * 10,000 analysed files for one user, written straight into the region's tables, and the same
 * library for each of `classmates` other students in the cell (100,000 documents in all by
 * default): a search must find its student's files among everybody's.
 */
export async function seedLibrary(dataDir: string, authSecret: string, userId: string, count = 10_000, classmates = 9): Promise<{ documentsInCell: number }> {
  const client = await superuserClient(dataDir, authSecret);
  try {
    const docs = labelledCorpus().flatMap((s) => s.documents);
    const categories = ['lecture', 'assignment', 'notes', 'exam', 'other'];
    for (let start = 0; start < count; start += 500) {
      const files: unknown[][] = [];
      const texts: unknown[][] = [];
      for (let i = start; i < Math.min(count, start + 500); i++) {
        const d = docs[i % docs.length]!;
        const id = randomUUID();
        files.push([id, userId, `${d.fileName}-${i}.pdf`, `${d.fileName} ${i}`, `${userId}/${id}`, 'application/pdf', 100_000 + i, `seed-${userId}-${i}`, d.language, categories[i % 5], d.pages.length]);
        texts.push([id, userId, d.language, d.pages.join('\n\n'), tsConfig[d.language]]);
      }
      await client.query(
        `insert into files (id, user_id, original_name, display_name, storage_key, file_type, file_size, content_sha256, status, detected_language, ai_category, ai_confidence, course_confidence, page_count)
         select (r->>0)::uuid, (r->>1)::uuid, r->>2, r->>3, r->>4, r->>5, (r->>6)::bigint, r->>7, 'ready', r->>8, (r->>9)::file_category, 0.9, 0.9, (r->>10)::int
         from jsonb_array_elements($1::jsonb) r`,
        [JSON.stringify(files)],
      );
      await client.query(
        `insert into file_texts (file_id, user_id, language, content, ts_config)
         select (r->>0)::uuid, (r->>1)::uuid, r->>2, r->>3, (r->>4)::regconfig from jsonb_array_elements($1::jsonb) r`,
        [JSON.stringify(texts)],
      );
    }
    await client.query('begin');
    // The classmates first, in a table of their own: a volatile id in a joined subquery could be
    // drawn again for every row.
    await client.query(`create temp table mates on commit drop as select gen_random_uuid() as id from generate_series(1, $1)`, [classmates]);
    await client.query(`insert into auth_user (id, name, email) select id, 'Classmate', id || '@classmates.bench.test' from mates`);
    await client.query(
      `create temp table copies on commit drop as
       select f.id as of_id, m.id as user_id, gen_random_uuid() as id from files f cross join mates m where f.user_id = $1`,
      [userId],
    );
    await client.query(
      `insert into files (id, user_id, original_name, display_name, storage_key, file_type, file_size, content_sha256, status, detected_language, ai_category, ai_confidence, course_confidence, page_count)
       select c.id, c.user_id, f.original_name, f.display_name, c.user_id || '/' || c.id, f.file_type, f.file_size, f.content_sha256, f.status, f.detected_language, f.ai_category, f.ai_confidence, f.course_confidence, f.page_count
       from copies c join files f on f.id = c.of_id`,
    );
    await client.query(
      `insert into file_texts (file_id, user_id, language, content, ts_config)
       select c.id, c.user_id, t.language, t.content, t.ts_config from copies c join file_texts t on t.file_id = c.of_id`,
    );
    await client.query('commit');
    // As autovacuum would soon: merges the GIN pending lists the bulk insert left behind.
    await client.query('vacuum analyze files');
    await client.query('vacuum analyze file_texts');
    const { rows } = await client.query<{ n: number }>('select count(*)::int as n from file_texts');
    return { documentsInCell: rows[0]!.n };
  } finally {
    await client.end();
  }
}

/**
 * The student's seeded texts lengthened to about ten pages each (students' files are 5–30 pages;
 * the library's texts are one): each becomes a third of its language's distinct texts, joined.
 * Returns their mean length in characters.
 */
export async function lengthenLibraryTexts(dataDir: string, authSecret: string, userId: string): Promise<number> {
  const client = await superuserClient(dataDir, authSecret);
  try {
    await client.query('begin');
    await client.query(
      `create temp table distinct_texts on commit drop as
       select row_number() over (order by md5(content)) - 1 as n, content, ts_config
       from (select distinct on (md5(t.content)) t.content, t.ts_config from file_texts t join files f on f.id = t.file_id
             where t.user_id = $1 and f.content_sha256 like 'seed-%' order by md5(t.content)) x`,
      [userId],
    );
    const { rows } = await client.query<{ n: number }>(
      `update file_texts t set content = (
         select string_agg(d.content, E'\n\n' order by d.n) from distinct_texts d
         where d.ts_config = t.ts_config and (d.n + abs(hashtext(t.file_id::text))) % 3 = 0)
       where t.user_id = $1 and exists (select 1 from files f where f.id = t.file_id and f.content_sha256 like 'seed-%')
       returning length(t.content) as n`,
      [userId],
    );
    await client.query('commit');
    await client.query('vacuum analyze file_texts');
    return Math.round(rows.reduce((sum, r) => sum + r.n, 0) / rows.length);
  } finally {
    await client.end();
  }
}

/** Words students look up in the seeded library, each found in 250–1,130 of the 10,000 files. */
export const SEARCH_QUERIES = ['inflation', 'markovnikov', 'photosynthesis', 'mitochondria', 'integral', 'supply demand', 'derivative', 'eigenvalue', 'price level', 'bastille'];

/**
 * Each of SEARCH_QUERIES as statements for databaseLoad: the app's own search statement (as
 * GET /api/search runs it), and the least any ranked text search does (the student's matching
 * texts ranked, the best 20; no names, snippets or file rows), to run as the table owner: row-level
 * security would keep the planner from the full-text index (`@@` is not leakproof), which is why
 * the app's own candidate search is a SECURITY DEFINER function.
 */
export function searchStatements(userId: string): { app: pg.QueryConfig[]; rankOnly: pg.QueryConfig[] } {
  const app = SEARCH_QUERIES.map((word) => searchStatement({ q: word }).statement);
  // Constants written into the statement, as a hand-tuned query could: with parameters the
  // planner cannot see the query's words and scans the student's files one by one.
  const rankOnly = SEARCH_QUERIES.map((word, i) => {
    const parses = [...Object.values(tsConfig), 'simple'].map((c) => `websearch_to_tsquery('${c}', ${pg.escapeLiteral(word)})`).join(' || ');
    const text = `select t.file_id, ts_rank(t.search_vector, q.tsq, 32) as rank from (select ${parses} as tsq) q, file_texts t
      where t.user_id = ${pg.escapeLiteral(userId)} and t.search_vector @@ q.tsq order by rank desc limit 20`;
    return { name: `bench_rank_only_${i}`, text };
  });
  return { app, rankOnly };
}

export type LoadSummary = { requests_per_s: number; p50_ms: number; p95_ms: number; p99_ms: number; non_2xx: number; errors: number };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

function summarise(times: number[], seconds: number, non2xx: number, errors: number): LoadSummary {
  times.sort((a, b) => a - b);
  return {
    requests_per_s: Math.round(times.length / seconds),
    p50_ms: +percentile(times, 50).toFixed(1),
    p95_ms: +percentile(times, 95).toFixed(1),
    p99_ms: +percentile(times, 99).toFixed(1),
    non_2xx: non2xx,
    errors,
  };
}

/**
 * Capacity: 50 connections cycling through `paths`, each sending its next request as soon as the
 * last returns (closed loop), so latency there is mostly the queue. Percentiles come from every
 * response time, not autocannon's coarser buckets.
 */
export function loadTest(base: string, token: string, o: { paths: string[]; connections: number; duration: number }) {
  return new Promise<LoadSummary>((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon(
      { url: base, connections: o.connections, duration: o.duration, headers: { authorization: `Bearer ${token}` }, requests: o.paths.map((p) => ({ method: 'GET' as const, path: p })) },
      (err, r) => (err ? reject(err) : resolve(summarise(times, o.duration, r.non2xx, r.errors))),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  });
}

/**
 * PostgreSQL alone: `connections` clients of the cell, each running its next statement in a
 * transaction as soon as the last returns (closed loop), with no HTTP and no server in between:
 * the most any server over this database could do. The transaction is the app's, as the student
 * under row-level security, unless `asOwner` (as the app's SECURITY DEFINER search function runs).
 */
export async function databaseLoad(
  dataDir: string,
  authSecret: string,
  userId: string,
  statements: pg.QueryConfig[],
  o: { connections: number; duration: number; asOwner?: boolean },
): Promise<LoadSummary> {
  const begin = o.asOwner ? 'begin' : `begin; select set_config('role', 'authenticated', true), set_config('request.jwt.claim.sub', '${userId}', true)`;
  const clients = await Promise.all(Array.from({ length: o.connections }, () => superuserClient(dataDir, authSecret)));
  const times: number[] = [];
  let errors = 0;
  const start = performance.now();
  const end = start + o.duration * 1000;
  try {
    await Promise.all(
      clients.map(async (client, c) => {
        for (let i = c; performance.now() < end; i++) {
          const t0 = performance.now();
          try {
            await client.query(begin);
            await client.query(statements[i % statements.length]!);
            await client.query('commit');
            times.push(performance.now() - t0);
          } catch {
            errors++;
            await client.query('rollback').catch(() => undefined);
          }
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
  return summarise(times, (performance.now() - start) / 1000, 0, errors);
}

/** Deterministic exponential gaps (mean 1/rate): Poisson arrivals, the way independent students' requests come. */
function arrivals(rate: number, durationS: number, seed: number): number[] {
  let x = seed;
  const next = () => ((x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0) + 1) / 4_294_967_297;
  const at: number[] = [];
  for (let t = -Math.log(next()) / rate; t < durationS; t += -Math.log(next()) / rate) at.push(t * 1000);
  return at;
}

/**
 * Latency under an offered load (open loop, as wrk2 measures): requests arrive at `rate` per second
 * whether or not earlier ones have returned, over at most `connections` keep-alive connections,
 * and each latency runs from the moment its request was due, so time spent waiting for a
 * connection counts (no coordinated omission). autocannon's own rate option sends each second's
 * quota back to back, which measures bursts instead.
 */
export async function offeredLoad(base: string, token: string, o: { paths: string[]; connections: number; duration: number; rate: number }): Promise<LoadSummary> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  // Every connection open before the clock starts, as wrk2 does: students' tabs keep theirs alive.
  const get = (p: string) =>
    new Promise<number>((resolve) => {
      const req = http.get(`${base}${p}`, { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', () => resolve(0));
    });
  await Promise.all(Array.from({ length: o.connections }, (_, i) => get(o.paths[i % o.paths.length]!)));
  const due = arrivals(o.rate, o.duration, 42);
  const times: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (const [i, at] of due.entries()) {
    const wait = start + at - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inflight.push(
      get(o.paths[i % o.paths.length]!).then((status) => {
        if (status === 0) return void errors++;
        if (status >= 300) non2xx++;
        times.push(performance.now() - (start + at));
      }),
    );
  }
  await Promise.all(inflight);
  agent.destroy();
  return summarise(times, o.duration, non2xx, errors);
}

export function hasPdftotext(): boolean {
  return existsSync('/usr/bin/pdftotext') || !spawnSync('pdftotext', ['-v']).error;
}
