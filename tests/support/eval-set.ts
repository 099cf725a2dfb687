// The real-document evaluation set (issue 15) for tests and the benchmark: built from Debian's
// documentation packages by scripts/eval-set/build.ts, or reused when already built.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CACHE_DIR, ensureEvalSet, REQUIRED_APT_PACKAGES, type EvalFile, type EvalManifest } from '../../scripts/eval-set/build';

export type EvalDocument = EvalFile & { content: Buffer };
export type LoadedEvalSet = { manifest: EvalManifest; documents: EvalDocument[]; built: boolean; buildMs: number };

/**
 * Every file of the set with its labels. A set that cannot be built fails loudly: it needs Debian's
 * apt and the network the first time, or the .deb cache a previous build left.
 */
export async function loadEvalSet(): Promise<LoadedEvalSet> {
  let set;
  try {
    set = await ensureEvalSet();
  } catch (e) {
    throw new Error(
      `The real-document evaluation set could not be built: ${(e as Error).message}\n` +
        `It is built from Debian packages (apt-get download into ${path.join(DEFAULT_CACHE_DIR, 'debs')}) with ` +
        `'apt-get install -y ${REQUIRED_APT_PACKAGES.join(' ')}'; run 'npx tsx scripts/eval-set/build.ts' to see each step.`,
    );
  }
  const documents = set.manifest.files.map((f) => {
    const content = readFileSync(path.join(set.dir, 'files', f.file));
    // A file changed after the build would score something the manifest does not describe.
    if (createHash('sha256').update(content).digest('hex') !== f.sha256) throw new Error(`eval set: ${f.file} differs from its manifest; rebuild with --force`);
    return { ...f, content };
  });
  return { manifest: set.manifest, documents, built: set.built, buildMs: set.ms };
}

/**
 * The documents in the order a student drops a mixed folder: one of each course in turn (the
 * manifest's order within a course), outsiders among them. Fixed, so every run sees the same batch.
 */
export function interleaved(documents: readonly EvalDocument[]): EvalDocument[] {
  const groups = new Map<string, EvalDocument[]>();
  for (const d of documents) groups.set(d.course ?? '', [...(groups.get(d.course ?? '') ?? []), d]);
  const out: EvalDocument[] = [];
  for (let i = 0; out.length < documents.length; i++) for (const g of groups.values()) if (g[i]) out.push(g[i]!);
  return out;
}
