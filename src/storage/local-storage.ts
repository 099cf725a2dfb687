// The embedded default: one folder per region under DATA_DIR/storage/<region>.
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { assertSafeKey, isObjectKey, type ObjectStorage, type StoredObject, type UnfinishedWrite } from './object-storage';
import { instanceId } from './temp-uploads';

const PARTIAL = '.partial-';

export function createLocalStorage(root: string): ObjectStorage {
  const pathOf = (key: string) => {
    assertSafeKey(key);
    return path.join(root, ...key.split('/'));
  };

  /** Every file under the root with its key-like relative name, deepest folders included. */
  async function* walk(dir: string, prefix: string): AsyncGenerator<{ name: string; file: string; modifiedAt: Date }> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      const s = await stat(file).catch(() => null);
      if (!s) continue;
      const rel = prefix ? `${prefix}/${name}` : name;
      if (s.isDirectory()) yield* walk(file, rel);
      else if (s.isFile()) yield { name: rel, file, modifiedAt: s.mtime };
    }
  }

  return {
    driver: 'local',
    location: root,
    async put(key, body) {
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Write beside the target and rename, so a cut-off write never leaves a half object under the
      // key. The name carries this process's instance id: what a crashed process left is findable.
      const partial = `${target}${PARTIAL}${instanceId}-${randomUUID().slice(0, 8)}`;
      try {
        await pipeline(body, createWriteStream(partial, { flags: 'wx' }));
        await rename(partial, target);
      } catch (err) {
        await rm(partial, { force: true });
        throw err;
      }
    },
    async get(key) {
      const file = pathOf(key);
      await access(file);
      return createReadStream(file);
    },
    read: (key) => readFile(pathOf(key)),
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async discard(key) {
      const target = pathOf(key);
      await rm(target, { force: true });
      const base = `${path.basename(target)}${PARTIAL}`;
      const siblings = await readdir(path.dirname(target)).catch(() => [] as string[]);
      for (const name of siblings) if (name.startsWith(base)) await rm(path.join(path.dirname(target), name), { force: true });
    },
    async exists(key) {
      return access(pathOf(key)).then(
        () => true,
        () => false,
      );
    },
    signedDownloadUrl: async () => null,
    async *listObjects(): AsyncGenerator<StoredObject> {
      for await (const f of walk(root, '')) if (isObjectKey(f.name)) yield { key: f.name, modifiedAt: f.modifiedAt };
    },
    async *listUnfinished(): AsyncGenerator<UnfinishedWrite> {
      for await (const f of walk(root, '')) {
        const at = f.name.indexOf(PARTIAL);
        if (at > 0 && isObjectKey(f.name.slice(0, at))) yield { key: f.name.slice(0, at), startedAt: f.modifiedAt, id: f.name };
      }
    },
    async abortUnfinished(write) {
      if (!write.id.startsWith(`${write.key}${PARTIAL}`) || write.id.includes('..')) throw new Error(`not an unfinished write: ${write.id}`);
      await rm(path.join(root, ...write.id.split('/')), { force: true });
    },
    async check() {
      await mkdir(root, { recursive: true });
      const probe = path.join(root, `.ready-probe-${instanceId}-${randomUUID().slice(0, 8)}`);
      try {
        await writeFile(probe, 'ok', { flag: 'wx' });
      } finally {
        await rm(probe, { force: true });
      }
    },
  };
}
