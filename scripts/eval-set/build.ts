// Builds the real-document evaluation set of issue 15 from documentation Debian packages ship:
// `apt-get download` fills a cache of .deb files, `dpkg-deb -x` unpacks them, and Debian's
// converters turn the chosen pages into the five formats a student uploads (pandoc for DOCX, PPTX,
// Markdown and text; Chromium prints PDFs). The files get the cryptic names students give them and
// a manifest records each file's language, course and category.
//
// Offline when cached: a package whose .deb is in the cache is never downloaded again. Deterministic:
// the choices are the fixed list in sources.ts, names follow its order, and the converters' dates
// are pinned, so the same cache gives the same bytes. A finished set is reused while sources.ts and
// this builder are unchanged.
//
//   npx tsx scripts/eval-set/build.ts [--force] [--cache DIR] [--out DIR]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { chromium, type Browser } from 'playwright-core';
import { evalCourses, evalSources, type EvalCourse, type EvalFormat, type EvalSource } from './sources';

/** Bump when the conversion or the naming changes, so built sets are rebuilt. */
const BUILDER_VERSION = 3;
/** The date every converter writes into the documents (2024-01-01T00:00:00Z). */
const PINNED_DATE = new Date(Date.UTC(2024, 0, 1));

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_CACHE_DIR = path.join(os.homedir(), '.cache', 'courseflow-eval');
export const DEFAULT_OUT_DIR = path.join(REPO_ROOT, '.cache', 'eval-set');
/** What `apt-get install -y` needs for building the set (Chromium is the browser tests' too). */
export const REQUIRED_APT_PACKAGES = ['pandoc', 'chromium'];

export type EvalFile = Omit<EvalSource, 'pkg' | 'path'> & { file: string; bytes: number; sha256: string; source: { pkg: string; deb: string; path: string } };
export type EvalManifest = { digest: string; courses: EvalCourse[]; files: EvalFile[] };
export type EvalSet = { dir: string; manifest: EvalManifest; built: boolean; downloaded: string[]; ms: number };

const digest = createHash('sha256').update(JSON.stringify({ BUILDER_VERSION, evalCourses, evalSources })).digest('hex').slice(0, 16);

function run(cmd: string, args: string[], opts: { cwd?: string; input?: string | Buffer } = {}): Buffer {
  // A fixed environment: pandoc reads SOURCE_DATE_EPOCH for the dates inside DOCX and PPTX.
  const env = { NODE_ENV: 'production' as const, PATH: '/usr/local/bin:/usr/bin:/bin', HOME: os.homedir(), LANG: 'C.UTF-8', SOURCE_DATE_EPOCH: String(PINNED_DATE.getTime() / 1000) };
  const r = spawnSync(cmd, args, { cwd: opts.cwd, input: opts.input, env, maxBuffer: 512 * 1024 * 1024 });
  if (r.error) throw new Error(`eval set: cannot run ${cmd} (${r.error.message}); install it with: apt-get install -y ${REQUIRED_APT_PACKAGES.join(' ')}`);
  if (r.status !== 0) throw new Error(`eval set: ${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.toString().trim().slice(-2000)}`);
  return r.stdout;
}

function requireTool(cmd: string, hint: string): void {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { env: { NODE_ENV: 'production', PATH: '/usr/local/bin:/usr/bin:/bin' } });
  if (r.status !== 0) throw new Error(`eval set: ${cmd} is missing; ${hint}`);
}

/** The cached .deb of a package, downloading every missing one in a single apt-get call. */
function ensureDebs(debDir: string, pkgs: string[]): { debs: Map<string, string>; downloaded: string[] } {
  mkdirSync(debDir, { recursive: true });
  const cached = () => new Map(readdirSync(debDir).filter((f) => f.endsWith('.deb')).sort().map((f) => [f.slice(0, f.indexOf('_')), f] as const));
  const missing = pkgs.filter((p) => !cached().has(p));
  if (missing.length > 0) {
    requireTool('apt-get', `the set needs Debian's apt to download ${missing.join(', ')}, or a cache at ${debDir} that already holds them`);
    try {
      run('apt-get', ['download', ...missing], { cwd: debDir });
    } catch (e) {
      throw new Error(`eval set: downloading ${missing.join(', ')} failed; is the network reachable and was 'apt-get update' run? ${(e as Error).message}`);
    }
  }
  const debs = cached();
  const still = pkgs.filter((p) => !debs.has(p));
  if (still.length > 0) throw new Error(`eval set: apt-get download did not bring ${still.join(', ')}`);
  return { debs, downloaded: missing };
}

/** Unpacks a .deb once; a marker names the .deb, so a newer one in the cache is unpacked afresh. */
function ensureUnpacked(rootDir: string, pkg: string, debPath: string): string {
  const dir = path.join(rootDir, pkg);
  const marker = path.join(dir, '.unpacked-from');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === path.basename(debPath)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  run('dpkg-deb', ['-x', debPath, dir]);
  writeFileSync(marker, path.basename(debPath));
  return dir;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An HTML page decoded by its declared charset, without scripts, styles or images (nothing to fetch). */
function cleanHtml(bytes: Buffer): string {
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1]?.toLowerCase() ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder
    .decode(bytes)
    .replace(/<(script|style|iframe|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(img|link|object|embed|source|video|audio)\b[^>]*>/gi, '');
}

type Loaded = { kind: 'pdf'; bytes: Buffer } | { kind: 'text'; text: string } | { kind: 'html'; html: string };

function load(file: string): Loaded {
  const raw = readFileSync(file);
  if (file.endsWith('.pdf')) return { kind: 'pdf', bytes: raw };
  if (file.endsWith('.html')) return { kind: 'html', html: cleanHtml(raw) };
  if (/\.\d\.gz$/.test(file)) return { kind: 'html', html: run('pandoc', ['-f', 'man', '-t', 'html'], { input: gunzipSync(raw) }).toString('utf8') };
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  return { kind: 'text', text };
}

const asHtml = (doc: Loaded): string => (doc.kind === 'html' ? doc.html : doc.kind === 'text' ? `<pre>${escapeHtml(doc.text)}</pre>` : '');

async function printPdf(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    // Nothing leaves the machine: the page has no resources left, and any that slipped through is refused.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
    return pinPdfDates(pdf);
  } finally {
    await page.close();
  }
}

async function pinPdfDates(bytes: Uint8Array): Promise<Buffer> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setCreationDate(PINNED_DATE);
  doc.setModificationDate(PINNED_DATE);
  return Buffer.from(await doc.save());
}

/** pandoc stamps the parts it copies from its reference PPTX with the current time; the content stays as written. */
function pinZipDates(bytes: Uint8Array): Buffer {
  const parts: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) parts[name] = [data, { mtime: PINNED_DATE }];
  return Buffer.from(zipSync(parts));
}

async function convert(doc: Loaded, format: EvalFormat, browser: () => Promise<Browser>): Promise<Buffer> {
  if (doc.kind === 'pdf') {
    if (format !== 'pdf') throw new Error('eval set: a shipped PDF stays a PDF');
    return doc.bytes;
  }
  // A text file a student renames stays as it was; HTML and man pages go through pandoc.
  if (doc.kind === 'text' && (format === 'txt' || format === 'md')) return Buffer.from(doc.text, 'utf8');
  const html = asHtml(doc);
  if (format === 'txt') return run('pandoc', ['-f', 'html', '-t', 'plain', '--wrap=auto'], { input: html });
  if (format === 'md') return run('pandoc', ['-f', 'html', '-t', 'gfm', '--wrap=none'], { input: html });
  if (format === 'docx' || format === 'pptx') return pinZipDates(run('pandoc', ['-f', 'html', '-t', format, '-o', '-'], { input: html }));
  const page = run('pandoc', ['-f', 'html', '-t', 'html5', '-s', '--metadata', 'pagetitle=document'], { input: html }).toString('utf8');
  return printPdf(await browser(), page);
}

/**
 * The names students give files: numbered defaults, downloads, scans and "final" drafts. None says
 * what kind of file it is ("notes", "slides"): handed out in turn, such a word would contradict
 * the label as often as not, which real names seldom do.
 */
const nameTemplates: Record<EvalFormat, ((n: number) => string)[]> = {
  pdf: [(n) => `scan_${String(400 + n * 13).padStart(4, '0')}.pdf`, (n) => `download (${n}).pdf`, (n) => `file${n}.pdf`, (n) => `IMG_${2231 + n * 3}.pdf`],
  docx: [(n) => `Document${n}.docx`, (n) => `untitled ${n}.docx`, (n) => `copy_of_doc${n}.docx`, (n) => `final_FINAL_${n}.docx`],
  pptx: [(n) => `Presentation${n}.pptx`, (n) => `Copy of Presentation (${n}).pptx`, (n) => `deck-v${n}.pptx`],
  txt: [(n) => `New Text Document (${n}).txt`, (n) => `export_${n}.txt`, (n) => `tmp${n}.txt`, (n) => `readme_${n}.txt`],
  md: [(n) => `untitled-${n}.md`, (n) => `draft${n}.md`, (n) => `scratch-${n}.md`, (n) => `todo_${n}.md`],
};

export function readEvalSet(outDir = DEFAULT_OUT_DIR): EvalManifest | null {
  try {
    const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as EvalManifest;
    return manifest.digest === digest ? manifest : null;
  } catch {
    return null;
  }
}

/** The built set, building it first when it is missing or was built from another source list. */
export async function ensureEvalSet(opts: { cacheDir?: string; outDir?: string; force?: boolean; log?: (line: string) => void } = {}): Promise<EvalSet> {
  const started = Date.now();
  const outDir = opts.outDir ?? DEFAULT_OUT_DIR;
  const existing = opts.force ? null : readEvalSet(outDir);
  if (existing) return { dir: outDir, manifest: existing, built: false, downloaded: [], ms: Date.now() - started };

  const cacheDir = opts.cacheDir ?? DEFAULT_CACHE_DIR;
  const log = opts.log ?? (() => {});
  requireTool('dpkg-deb', 'the set is unpacked with Debian\'s dpkg-deb');
  requireTool('pandoc', `install the converters with: apt-get install -y ${REQUIRED_APT_PACKAGES.join(' ')}`);
  requireTool('chromium', `install the converters with: apt-get install -y ${REQUIRED_APT_PACKAGES.join(' ')}`);

  const pkgs = [...new Set(evalSources.map((s) => s.pkg))].sort();
  const { debs, downloaded } = ensureDebs(path.join(cacheDir, 'debs'), pkgs);
  if (downloaded.length) log(`downloaded ${downloaded.length} packages: ${downloaded.join(' ')}`);
  const roots = new Map(pkgs.map((p) => [p, ensureUnpacked(path.join(cacheDir, 'unpacked'), p, path.join(cacheDir, 'debs', debs.get(p)!))]));

  const tmpDir = `${outDir}.tmp-${process.pid}`;
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(path.join(tmpDir, 'files'), { recursive: true });
  let browser: Browser | undefined;
  const getBrowser = async () =>
    (browser ??= await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    }));
  const counters: Record<EvalFormat, number> = { pdf: 0, docx: 0, pptx: 0, txt: 0, md: 0 };
  const files: EvalFile[] = [];
  try {
    for (const s of evalSources) {
      const src = path.join(roots.get(s.pkg)!, s.path);
      if (!existsSync(src)) throw new Error(`eval set: ${s.pkg} (${debs.get(s.pkg)}) has no ${s.path}`);
      const bytes = await convert(load(src), s.format, getBrowser);
      const n = ++counters[s.format];
      const templates = nameTemplates[s.format];
      const file = templates[n % templates.length]!(n);
      writeFileSync(path.join(tmpDir, 'files', file), bytes);
      const { pkg, path: inPkg, ...labels } = s;
      files.push({ ...labels, file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), source: { pkg, deb: debs.get(pkg)!, path: inPkg } });
      log(`${file.padEnd(28)} ${s.language} ${String(s.course).padEnd(10)} ${s.category.padEnd(10)} ← ${pkg}:${inPkg}`);
    }
  } finally {
    await browser?.close();
  }
  const manifest: EvalManifest = { digest, courses: evalCourses, files };
  writeFileSync(path.join(tmpDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // Swapped in whole, so an interrupted build is never taken for a finished one.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  renameSync(tmpDir, outDir);
  return { dir: outDir, manifest, built: true, downloaded, ms: Date.now() - started };
}

function summarise(set: EvalSet): string {
  const count = (key: (f: EvalFile) => string) => {
    const m = new Map<string, number>();
    for (const f of set.manifest.files) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
    return [...m].sort().map(([k, v]) => `${k} ${v}`).join(', ');
  };
  const mb = set.manifest.files.reduce((a, f) => a + f.bytes, 0) / 1024 / 1024;
  return [
    `${set.built ? 'built' : 'reused'} ${set.manifest.files.length} files (${mb.toFixed(1)} MB) in ${set.dir} in ${(set.ms / 1000).toFixed(1)} s${set.downloaded.length ? `, ${set.downloaded.length} packages downloaded` : ''}`,
    `formats: ${count((f) => f.format)}`,
    `languages: ${count((f) => f.language)}`,
    `courses: ${count((f) => f.course ?? '(outsider)')}`,
    `categories: ${count((f) => f.category)}`,
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  ensureEvalSet({ force: args.includes('--force'), cacheDir: opt('--cache'), outDir: opt('--out'), log: (l) => console.log(l) }).then(
    (set) => console.log(summarise(set)),
    (e: Error) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
