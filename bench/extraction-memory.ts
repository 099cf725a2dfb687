// Extraction memory (issue 14): what a decompression bomb costs the process, and whether memory
// comes back after a burst. Measured in a child process of its own (run as `node … this file
// --child`), so the numbers are that process's alone: the real extraction pool, with the app's V8
// flags, on a PDF whose content stream inflates to 1 GiB and a PPTX whose slide XML does, then a
// burst of ordinary documents with both bombs among them, then idle time. The peak of each phase
// is /proc/self/status VmHWM, reset between phases through /proc/self/clear_refs.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_V8_FLAGS } from '../scripts/app-process';
import { AppError } from '../src/domain/errors';
import { createExtractionPool } from '../src/domain/files/extract/extraction-pool';
import type { FileKind } from '../src/domain/files/schemas';
import { makePdfBomb, makePptxBomb } from '../tests/support/bombs';
import { makeDocx, makePdf, makePptx, sampleProse } from '../tests/support/documents';

export type BombOutcome = { outcome: string; peakRssMb: number };

export type ExtractionMemoryResult = {
  bombPdf: BombOutcome;
  bombPptx: BombOutcome;
  /** The process with its documents built and the pool created, before any extraction. */
  baselineRssMb: number;
  /** Peak of the burst: both bombs among `burstDocuments` ordinary documents, all at once. */
  burstPeakRssMb: number;
  burstDocuments: number;
  /** Ordinary documents of the burst that extracted, and the bombs' outcomes in it. */
  burstExtracted: number;
  burstBombOutcomes: string[];
  /** After the burst and `idleSeconds` of idle time (the pool's idle workers have ended). */
  afterBurstRssMb: number;
  idleSeconds: number;
};

const IDLE_MS = 10_000; // the pool's default idle time before a worker ends
const BURST = 40;

function status(field: 'VmRSS' | 'VmHWM'): number {
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
  return Math.round(kb / 1024);
}

/** Resets VmHWM to the current RSS (Linux ≥ 4.0), so the next reading is this phase's peak. */
function resetPeak() {
  writeFileSync('/proc/self/clear_refs', '5');
}

function collect() {
  (globalThis as { gc?: () => void }).gc?.();
}

async function child(): Promise<ExtractionMemoryResult> {
  const pdfBomb = await makePdfBomb({ mib: 1024 });
  const pptxBomb = makePptxBomb(1024);
  const ordinary: { bytes: Uint8Array; kind: FileKind }[] = [];
  for (let i = 0; i < BURST; i++) {
    const pages = Array.from({ length: 5 + ((i * 7) % 26) }, (_, p) => sampleProse(400, i * 100 + p));
    if (i % 5 === 3) ordinary.push({ bytes: await makeDocx(pages), kind: 'docx' });
    else if (i % 5 === 4) ordinary.push({ bytes: await makePptx(pages.map((p) => [p])), kind: 'pptx' });
    else ordinary.push({ bytes: await makePdf(pages), kind: 'pdf' });
  }
  const pool = createExtractionPool({ idleMs: IDLE_MS });
  const outcome = (job: Promise<unknown>) =>
    job.then(
      () => 'ready',
      (err: unknown) => (err instanceof AppError ? err.code : 'crashed'),
    );
  try {
    collect();
    const baselineRssMb = status('VmRSS');

    resetPeak();
    const bombPdf = { outcome: await outcome(pool.extract(pdfBomb.slice(), 'pdf')), peakRssMb: status('VmHWM') };
    resetPeak();
    const bombPptx = { outcome: await outcome(pool.extract(pptxBomb.slice(), 'pptx')), peakRssMb: status('VmHWM') };

    resetPeak();
    const bombs = [outcome(pool.extract(pdfBomb.slice(), 'pdf')), outcome(pool.extract(pptxBomb.slice(), 'pptx'))];
    const burst = await Promise.all(ordinary.map((d) => outcome(pool.extract(d.bytes.slice(), d.kind))));
    const burstBombOutcomes = await Promise.all(bombs);
    const burstPeakRssMb = status('VmHWM');

    await new Promise((r) => setTimeout(r, IDLE_MS + 3000));
    collect();
    await new Promise((r) => setTimeout(r, 500)); // a second collection once finalizers have run
    collect();
    return {
      bombPdf,
      bombPptx,
      baselineRssMb,
      burstPeakRssMb,
      burstDocuments: BURST,
      burstExtracted: burst.filter((o) => o === 'ready').length,
      burstBombOutcomes,
      afterBurstRssMb: status('VmRSS'),
      idleSeconds: (IDLE_MS + 3000) / 1000,
    };
  } finally {
    await pool.close();
  }
}

/** Runs the measurement in a fresh child process (about 30–60 s) and returns its numbers. */
export async function benchExtractionMemory(timeoutMs = 180_000): Promise<ExtractionMemoryResult> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const proc = spawn(process.execPath, [...APP_V8_FLAGS, '--expose-gc', '--import', 'tsx', 'bench/extraction-memory.ts', '--child'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => proc.on('exit', resolve));
  clearTimeout(timer);
  const line = out.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !line.startsWith('{')) throw new Error(`extraction memory child failed (exit ${code}): ${out.slice(-2000)}`);
  return JSON.parse(line) as ExtractionMemoryResult;
}

if (process.argv.includes('--child') && process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await child();
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchExtractionMemory(), null, 2));
}
