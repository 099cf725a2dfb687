// npm run bench: each measurement beside its baseline, in the same run on the same machine.
//  1. Start-up: `npm start`'s launcher to a healthy /api/ready, on a fresh and on a warm data dir.
//  2. GET /api/me with a bearer token at 50 connections, next to a bare node:http + pg server
//     (bench/bare-server.ts) answering the same JSON from the same query, measured alternately.
//  3. Files (bench/files.ts): 200-document ingestion to "ready", extraction next to pdftotext, and
//     GET /api/files and GET /api/search over one student's 10,000 files (among 100,000 in the
//     cell) at 50 connections, each next to the bare server running the same statement; search
//     also next to PostgreSQL alone (50 clients, no HTTP) running the app's statement and the
//     least a ranked text search does; last, search again once the student's texts are ten pages long.
//  4. Account enumeration by timing (bench/account-enumeration.ts): reset and magic-link response
//     times for known and unknown emails, side by side.
//  5. Extraction memory (bench/extraction-memory.ts), in a process of its own: the peak with a PDF
//     and a PPTX that inflate to 1 GiB, and RSS before and after a burst of ordinary documents.
//  6. Organiser (bench/eval-set.ts), right after start-up: the real-document evaluation set and the
//     generated labelled set uploaded over HTTP by new students, wall time to all ready and each
//     field's accuracy, side by side.
// Results go to bench/results/latest.json; the README quotes them.
//
// `npm run bench -- --only organiser[,files,...]` runs only the named parts — startup, organiser,
// api_me, files (ingestion, extraction, library; needs api_me, which it brings along), enumeration,
// extraction_memory — and merges their results into the existing latest.json, keeping the other
// parts' numbers and noting in `partial_runs` when each part was last run alone.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { APP_NODE_ARGS, APP_V8_FLAGS } from '../scripts/app-process';
import { benchAccountEnumeration } from './account-enumeration';
import { benchOrganiser } from './eval-set';
import { benchExtractionMemory } from './extraction-memory';
import {
  SEARCH_QUERIES,
  benchExtraction,
  benchIngestion,
  databaseLoad,
  lengthenLibraryTexts,
  loadTest,
  offeredLoad,
  searchStatements,
  seedLibrary,
  type LoadSummary,
} from './files';

const root = path.resolve(import.meta.dirname, '..');
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = 3;
/** Requests per second offered, over at most 50 connections, in the latency runs of the library benchmarks. */
const LIST_RATE = 500;
const SEARCH_RATE = 200;
const LONG_SEARCH_RATE = 50;
const secrets = {
  AUTH_SECRET: 'bench-auth-secret-0123456789abcdef0123456789abcdef',
  DIRECTORY_HMAC_KEY: 'bench-directory-hmac-0123456789abcdef0123456789ab',
  DATABASE_APP_PASSWORD: 'bench-app-role-password-01234567',
};

function startApp(dataDir: string): { child: ChildProcess; url: Promise<string> } {
  const env = { ...process.env, ...secrets, DATA_DIR: dataDir, PORT: '0', NODE_ENV: 'production' as const, LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '100000000', AUTH_RATE_LIMIT_PER_MINUTE: '100000000' };
  delete (env as Record<string, unknown>).APP_URL;
  // What the bench measures is the offline `local` provider, whatever this shell has configured.
  delete (env as Record<string, unknown>).OPENAI_API_KEY;
  const child = spawn(process.execPath, APP_NODE_ARGS, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/running at (http:\/\/\S+)/);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`app exited (${code}): ${out}`)));
  });
  return { child, url };
}

async function stopApp(child: ChildProcess) {
  child.kill('SIGINT');
  await new Promise((r) => child.once('exit', r));
}

/** Milliseconds from spawning the launcher to the first 200 from /api/ready. */
async function timeToReady(dataDir: string): Promise<{ ms: number; child: ChildProcess; url: string }> {
  const t0 = performance.now();
  const { child, url: urlP } = startApp(dataDir);
  const url = await urlP;
  for (;;) {
    const res = await fetch(`${url}/api/ready`).catch(() => null);
    if (res?.status === 200) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return { ms: Math.round(performance.now() - t0), child, url };
}

function load(url: string, headers: Record<string, string>) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/** The run with the median throughput (or p95, under an offered load), reported whole so its latencies belong to it. */
const median = <T extends { requests_per_s: number; p95_ms?: number }>(runs: T[], by: 'requests_per_s' | 'p95_ms' = 'requests_per_s'): T =>
  [...runs].sort((a, b) => (a[by] ?? 0) - (b[by] ?? 0))[Math.floor(runs.length / 2)]!;

const summary = (r: autocannon.Result) => ({
  requests_per_s: Math.round(r.requests.average),
  p50_ms: r.latency.p50,
  p90_ms: r.latency.p90,
  // autocannon has no p95 bucket; p97.5 bounds it from above.
  p97_5_ms: r.latency.p97_5,
  p99_ms: r.latency.p99,
  non_2xx: r.non2xx,
  errors: r.errors,
});

const PARTS = ['startup', 'organiser', 'api_me', 'files', 'enumeration', 'extraction_memory'] as const;
type Part = (typeof PARTS)[number];

/** The parts `--only a,b` (or `--only=a,b`) names, or null for the whole bench. */
function onlyParts(argv: string[]): Set<Part> | null {
  const at = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (at < 0) return null;
  const list = argv[at]!.includes('=') ? argv[at]!.slice('--only='.length) : (argv[at + 1] ?? '');
  const names = list.split(',').filter(Boolean);
  const unknown = names.filter((n) => !(PARTS as readonly string[]).includes(n));
  if (!names.length || unknown.length) throw new Error(`--only takes a comma-separated list of ${PARTS.join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`);
  const parts = new Set(names as Part[]);
  // The library's throughput is reported against /api/me's, and shares its bare server.
  if (parts.has('files')) parts.add('api_me');
  return parts;
}

async function main() {
  const only = onlyParts(process.argv.slice(2));
  const runs = (part: Part) => !only || only.has(part);
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], { cwd: root, stdio: 'inherit' });
  }
  const result: Record<string, unknown> = { date: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version } };
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cf-bench-'));
  chmodSync(dataDir, 0o755);
  try {
    if (runs('startup') || runs('organiser') || runs('api_me') || runs('enumeration')) await benchApp(dataDir, runs, result);
    if (runs('extraction_memory')) {
      const extractionMemory = await benchExtractionMemory();
      console.log('extraction memory', extractionMemory);
      result.extraction_memory = extractionMemory;
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const file = path.join(root, 'bench/results/latest.json');
  let out = result;
  if (only && existsSync(file)) {
    // A partial run replaces only its own parts; the rest stay from the run that measured them.
    const previous = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const { date, ...measured } = result;
    const partialRuns = { ...(previous.partial_runs as Record<string, string> | undefined), ...Object.fromEntries([...only].map((p) => [p, date])) };
    out = { ...previous, ...measured, partial_runs: partialRuns };
  }
  writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
}

/** Every part that needs the app running, in the whole bench's order; each writes its results into `result`. */
async function benchApp(dataDir: string, runs: (part: Part) => boolean, result: Record<string, unknown>) {
  const fresh = await timeToReady(dataDir);
  let warm = fresh;
  if (runs('startup')) {
    await stopApp(fresh.child);
    warm = await timeToReady(dataDir);
    console.log(`start-up to /api/ready: fresh ${fresh.ms} ms, warm ${warm.ms} ms`);
    result.startup_ms = { fresh: fresh.ms, warm: warm.ms };
  }
  if (runs('organiser')) result.organiser = await benchOrganiser(warm.url, dataDir);

  const demo = JSON.parse(readFileSync(path.join(dataDir, 'demo-users.json'), 'utf8')) as Record<string, string>;
  if (runs('api_me')) {
    const email = 'jordan.demo@courseflow.local';
    const signIn = await fetch(`${warm.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: demo[email] }),
    });
    const { token, user } = (await signIn.json()) as { token: string; user: { id: string } };

    // The baseline runs as its own process (with the app's V8 flags) against the same database while
    // the app keeps running; the two are measured alternately, ROUNDS times each, and the medians compared.
    const bare = spawn(process.execPath, [...APP_V8_FLAGS, '--import', 'tsx', 'bench/bare-server.ts'], {
      cwd: root,
      env: { ...process.env, ...secrets, DATA_DIR: dataDir, BARE_USER_ID: user.id },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const barePort = await new Promise<string>((resolve) => bare.stdout!.on('data', (d: Buffer) => resolve(d.toString().match(/listening (\d+)/)![1]!)));
    const bareBase = `http://127.0.0.1:${barePort}`;
    const bareUrl = `${bareBase}/api/me`;
    const appUrl = `${warm.url}/api/me`;
    const auth = { authorization: `Bearer ${token}` };
    await load(appUrl, auth);
    await load(bareUrl, {});
    const appRuns: autocannon.Result[] = [];
    const bareRuns: autocannon.Result[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      appRuns.push(await load(appUrl, auth));
      bareRuns.push(await load(bareUrl, {}));
    }
    const app = median(appRuns.map(summary));
    const baseline = median(bareRuns.map(summary));
    result.api_me = { connections: CONNECTIONS, duration_s: DURATION_S, rounds: ROUNDS, app, bare_node_http_pg: baseline, throughput_ratio: +(app.requests_per_s / baseline.requests_per_s).toFixed(2) };
    if (runs('files')) Object.assign(result, await benchFiles(dataDir, warm, token, user.id, app, bareBase));
    await stopApp(bare);
  }
  if (runs('enumeration')) {
    const enumeration = await benchAccountEnumeration(warm.url, Object.keys(demo));
    console.log('account enumeration', enumeration);
    result.account_enumeration = enumeration;
  }
  await stopApp(warm.child);
}

/** The files part: 200-document ingestion, extraction next to pdftotext, and the 10,000-file library's list and search. */
async function benchFiles(dataDir: string, warm: { url: string; child: ChildProcess }, token: string, userId: string, app: { requests_per_s: number }, bareBase: string) {
  const ingestion = await benchIngestion(warm.url, token, warm.child.pid!);
  console.log(`ingestion: ${ingestion.documents} documents, ${ingestion.pages} pages in ${ingestion.wall_s} s`, ingestion.peak_rss_mb);
  const extraction = await benchExtraction(ingestion.docs);
  console.log('extraction', extraction);
  const { documentsInCell } = await seedLibrary(dataDir, secrets.AUTH_SECRET, userId);
  // Capacity first (closed loop), then latency at an offered load: 50 students each paging or
  // filtering their library every 100 ms, and each running a search every 250 ms while typing.
  const listPaths = ['/api/files?limit=50'];
  const searchPaths = SEARCH_QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}`);
  const statements = searchStatements(userId);
  const runs = {
    list: [] as LoadSummary[],
    listBare: [] as LoadSummary[],
    search: [] as LoadSummary[],
    searchBare: [] as LoadSummary[],
    searchDatabase: [] as LoadSummary[],
    searchRankOnly: [] as LoadSummary[],
    listOffered: [] as LoadSummary[],
    searchOffered: [] as LoadSummary[],
  };
  const database = { connections: CONNECTIONS, duration: DURATION_S };
  for (let i = 0; i < ROUNDS; i++) {
    runs.list.push(await loadTest(warm.url, token, { paths: listPaths, connections: CONNECTIONS, duration: DURATION_S }));
    runs.listBare.push(await loadTest(bareBase, token, { paths: ['/api/files'], connections: CONNECTIONS, duration: DURATION_S }));
    runs.search.push(await loadTest(warm.url, token, { paths: searchPaths, connections: CONNECTIONS, duration: DURATION_S }));
    runs.searchBare.push(await loadTest(bareBase, token, { paths: searchPaths, connections: CONNECTIONS, duration: DURATION_S }));
    runs.searchDatabase.push(await databaseLoad(dataDir, secrets.AUTH_SECRET, userId, statements.app, database));
    runs.searchRankOnly.push(await databaseLoad(dataDir, secrets.AUTH_SECRET, userId, statements.rankOnly, { ...database, asOwner: true }));
    runs.listOffered.push(await offeredLoad(warm.url, token, { paths: listPaths, connections: CONNECTIONS, duration: DURATION_S, rate: LIST_RATE }));
    runs.searchOffered.push(await offeredLoad(warm.url, token, { paths: searchPaths, connections: CONNECTIONS, duration: DURATION_S, rate: SEARCH_RATE }));
  }
  // Last, as the texts students' files really have (ten pages rather than one): a student alone
  // searching, and 50 searches/s offered.
  const longChars = await lengthenLibraryTexts(dataDir, secrets.AUTH_SECRET, userId);
  const long = { alone: [] as LoadSummary[], offered: [] as LoadSummary[] };
  await loadTest(warm.url, token, { paths: searchPaths, connections: 1, duration: 2 });
  for (let i = 0; i < ROUNDS; i++) {
    long.alone.push(await loadTest(warm.url, token, { paths: searchPaths, connections: 1, duration: DURATION_S }));
    long.offered.push(await offeredLoad(warm.url, token, { paths: searchPaths, connections: CONNECTIONS, duration: DURATION_S, rate: LONG_SEARCH_RATE }));
  }
  const { docs: _docs, ...ingestionResult } = ingestion;
  return {
    ingestion: ingestionResult,
    extraction,
    library_10k: {
      files: 10_000 + ingestion.documents,
      documents_in_cell: documentsInCell,
      list_50: {
        capacity: {
          ...median(runs.list),
          bare_node_http_pg: median(runs.listBare),
          throughput_vs_bare: +(median(runs.list).requests_per_s / median(runs.listBare).requests_per_s).toFixed(2),
          throughput_vs_api_me: +(median(runs.list).requests_per_s / app.requests_per_s).toFixed(2),
        },
        offered: { requests_per_s_offered: LIST_RATE, ...median(runs.listOffered, 'p95_ms') },
      },
      search: {
        queries: SEARCH_QUERIES,
        capacity: {
          ...median(runs.search),
          bare_node_http_pg: median(runs.searchBare),
          throughput_vs_bare: +(median(runs.search).requests_per_s / median(runs.searchBare).requests_per_s).toFixed(2),
          throughput_vs_api_me: +(median(runs.search).requests_per_s / app.requests_per_s).toFixed(2),
          // PostgreSQL with no server in front: the app's statement, and only matching and ranking.
          database_alone: { app_statement: median(runs.searchDatabase), rank_only: median(runs.searchRankOnly) },
        },
        offered: { requests_per_s_offered: SEARCH_RATE, ...median(runs.searchOffered, 'p95_ms') },
        long_documents: {
          mean_chars: longChars,
          one_connection: median(long.alone, 'p95_ms'),
          offered: { requests_per_s_offered: LONG_SEARCH_RATE, ...median(long.offered, 'p95_ms') },
        },
      },
    },
  };
}

await main();
