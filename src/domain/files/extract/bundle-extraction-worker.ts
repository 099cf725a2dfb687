// The extraction worker as one plain ES module, so its threads run without tsx. Under tsx a worker
// thread needs tsx's module hooks, and on Node 20 those run in a loader thread of their own: a
// live extraction worker cost ~350 MB of RSS that way, against ~50 MB for this bundle (measured
// on the same worker, idle after start-up). Our TypeScript is bundled by the esbuild tsx itself
// runs on; packages stay external and resolve from node_modules, which is why the bundle is
// written inside node_modules/.cache. Named by its content hash and written by rename, so
// processes starting together (app, tests, bench) share one file and never see half of it. Each
// build marks its file used; bundles of older code unused for a week are removed.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Esbuild = typeof import('esbuild');

/** One build per process and entry, shared by every pool (tests make many). */
const built = new Map<string, Promise<URL>>();

/**
 * The URL of the bundled worker for `entry` (a .ts file URL), or `entry` itself when there is
 * nothing to bundle (already JavaScript) or no esbuild to bundle with.
 */
export async function bundleExtractionWorker(entry: URL): Promise<URL> {
  if (!entry.pathname.endsWith('.ts')) return entry;
  const previous = built.get(entry.href);
  // Built again if its file went (node_modules/.cache cleared under a running server).
  if (previous && existsSync(fileURLToPath(await previous.catch(() => entry)))) return previous;
  const next = bundle(entry);
  built.set(entry.href, next);
  next.catch(() => built.delete(entry.href));
  return next;
}

async function bundle(entry: URL): Promise<URL> {
  let esbuild: Esbuild;
  try {
    esbuild = createRequire(import.meta.resolve('tsx'))('esbuild') as Esbuild;
  } catch {
    return entry; // the bootstrap registers tsx in the thread instead
  }
  const source = fileURLToPath(entry);
  const result = await esbuild.build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    outfile: 'extraction-worker.mjs',
  });
  const code = result.outputFiles[0]!.contents;
  const root = findPackageRoot(path.dirname(source));
  const dir = path.join(root, 'node_modules', '.cache', 'courseflow');
  const file = path.join(dir, `extraction-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${randomUUID()}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  } else {
    const now = new Date();
    utimesSync(file, now, now);
  }
  removeStale(dir, file);
  return pathToFileURL(file);
}

const STALE_MS = 7 * 24 * 3600 * 1000;

function removeStale(dir: string, keep: string) {
  for (const name of readdirSync(dir)) {
    const other = path.join(dir, name);
    if (other === keep || !name.startsWith('extraction-worker-')) continue;
    try {
      if (Date.now() - statSync(other).mtimeMs > STALE_MS) rmSync(other, { force: true });
    } catch {
      // another process removed it first
    }
  }
}

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'node_modules'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no node_modules above ${from}`);
  }
}
