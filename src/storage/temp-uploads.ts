// What this process has not finished writing lives under DATA_DIR/tmp/uploads/<instance id>/:
// each request's temporary uploads (requests/<uuid>/) and a marker for every object it is putting
// into a store until the object's row is committed (objects/<region>~<key>). A folder whose process
// is gone (kill -9, power cut) can then be swept whatever its age: its markers name the objects
// that may have no row, its requests are half-written uploads.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { env } from '@/platform/env';

/** A process's start time (clock ticks since boot, /proc field 22), so a reused pid is not taken for the process that is gone. */
function startTimeOf(pid: number): string | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return s.slice(s.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

const HOST_TAG = createHash('sha256').update(os.hostname()).digest('hex').slice(0, 8);
const INSTANCE_RE = /^(\d+)-(\d+)-([0-9a-f]{8})$/;

/** `<pid>-<start time>-<host>`: unique per process on a host, and enough to tell later whether it still runs. */
export const instanceId = `${process.pid}-${startTimeOf(process.pid) ?? '0'}-${HOST_TAG}`;

export function uploadsRoot(): string {
  return path.join(env.DATA_DIR, 'tmp', 'uploads');
}

const instanceDir = (id: string) => path.join(uploadsRoot(), id);

/**
 * Whether the process that owned an instance folder is gone. Only a process of this host can be
 * checked; a folder of another host sharing DATA_DIR counts as alive and is left to the age rule.
 * Anything not named like an instance (an older layout) belongs to no process.
 */
function isGone(id: string): boolean {
  const m = INSTANCE_RE.exec(id);
  if (!m) return true;
  if (m[3] !== HOST_TAG) return false;
  if (id === instanceId) return false;
  try {
    process.kill(Number(m[1]), 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return true;
  }
  return m[2] !== '0' && startTimeOf(Number(m[1])) !== m[2];
}

/** A fresh folder for one request's temporary uploads. */
export async function createRequestDir(): Promise<string> {
  const dir = path.join(instanceDir(instanceId), 'requests', randomUUID());
  await mkdir(dir, { recursive: true });
  return dir;
}

const markerName = (region: string, key: string) => `${region}~${key.replaceAll('/', '~')}`;

/**
 * Records that this process is about to put `key` into `region`'s store, before the first byte is
 * written; the returned function removes the record once the object has its row or is gone again.
 */
export async function recordPendingObject(region: string, key: string): Promise<() => Promise<void>> {
  const dir = path.join(instanceDir(instanceId), 'objects');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, markerName(region, key));
  await writeFile(file, '');
  return () => rm(file, { force: true });
}

export type PendingObject = { region: string; key: string; modifiedAt: Date; clear: () => Promise<void> };
export type TempEntry = { path: string; modifiedAt: Date; remove: () => Promise<void> };
export type UploadInstance = {
  id: string;
  /** This process's own folder. */
  own: boolean;
  /** Its process is gone: everything in it is debris, whatever its age. */
  gone: boolean;
  modifiedAt: Date;
  pendingObjects: () => Promise<PendingObject[]>;
  requestDirs: () => Promise<TempEntry[]>;
  /** Removes the whole folder (of a process that is gone, once its markers are dealt with). */
  remove: () => Promise<void>;
};

async function entries(dir: string): Promise<TempEntry[]> {
  const names = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [] as string[];
    throw err;
  });
  const out: TempEntry[] = [];
  for (const name of names) {
    const p = path.join(dir, name);
    const s = await stat(p).catch(() => null);
    if (s) out.push({ path: p, modifiedAt: s.mtime, remove: () => rm(p, { recursive: true, force: true }) });
  }
  return out;
}

/** Every instance folder on this DATA_DIR, this process's own included. */
export async function listUploadInstances(): Promise<UploadInstance[]> {
  return (await entries(uploadsRoot())).map((e) => {
    const id = path.basename(e.path);
    return {
      id,
      own: id === instanceId,
      gone: isGone(id),
      modifiedAt: e.modifiedAt,
      pendingObjects: async () =>
        (await entries(path.join(e.path, 'objects'))).flatMap((m) => {
          const [region, ...key] = path.basename(m.path).split('~');
          if (!region || key.length === 0) return [];
          return [{ region, key: key.join('/'), modifiedAt: m.modifiedAt, clear: m.remove }];
        }),
      requestDirs: () => entries(path.join(e.path, 'requests')),
      remove: () => rm(e.path, { recursive: true, force: true }),
    };
  });
}
