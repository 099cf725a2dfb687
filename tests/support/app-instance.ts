// A whole app as `npm start` runs it (launcher, roles, embedded PostgreSQL), in its own process
// group as a terminal would start it, for drills that kill, interrupt and restart it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { alive } from '@/db/embedded';
import { APP_NODE_ARGS } from '../../scripts/app-process';
import { TEST_ENV } from './test-secrets';

const ROOT = path.resolve(import.meta.dirname, '../..');

export type AppInstance = {
  url: string;
  /** The launcher's pid; its process group is the whole tree a terminal would signal. */
  pid: number;
  /** Everything the app printed so far (stdout and stderr). */
  output: () => string;
  /** Resolves with the launcher's exit code. */
  exited: Promise<number | null>;
  /** Ctrl-C as a terminal sends it: SIGINT to every process of the launcher's group. */
  interrupt: () => Promise<number | null>;
  /** A crash or power cut: SIGKILL to the launcher and every process it started, wherever they run. */
  killAll: () => Promise<void>;
};

/** Every descendant of `pid` (by /proc), deepest last. */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name in field 2 may hold spaces and parentheses: read past its last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

/** Starts the app on a free port with DATA_DIR `dataDir`; resolves once it prints its URL. */
export async function startApp(dataDir: string, extraEnv: Record<string, string> = {}, timeoutMs = 180_000): Promise<AppInstance> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...TEST_ENV, DATA_DIR: dataDir, PORT: '0', NODE_ENV: 'production', LOG_LEVEL: 'warn', ...extraEnv };
  for (const k of Object.keys(env)) if (k.startsWith('DATABASE_URL_') || k === 'APP_URL') delete env[k];
  for (const [k, v] of Object.entries(extraEnv)) env[k] = v;
  const child: ChildProcess = spawn(process.execPath, APP_NODE_ARGS, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app did not start in ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = () => {
      const m = out.match(/running at (http:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the app exited with ${code} before it started:\n${out}`));
    });
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    output: () => out,
    exited,
    interrupt: async () => {
      process.kill(-pid, 'SIGINT');
      return exited;
    },
    killAll: async () => {
      const tree = [pid, ...descendants(pid)];
      for (const p of tree) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      await exited;
      for (let i = 0; i < 100 && tree.some(alive); i++) await new Promise((r) => setTimeout(r, 50));
    },
  };
}
