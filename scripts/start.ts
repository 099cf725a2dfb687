// Launcher: settles the port and public URL before any app module reads the environment, so the
// API, Better Auth and Next.js all agree on them. It then runs the app (server.ts) in a process
// group of its own and passes Ctrl-C and SIGTERM on: a terminal signals its whole foreground group,
// and the embedded PostgreSQL, a child of the app, would otherwise stop first, under the roles
// still using it. The app stops its roles first and PostgreSQL last, and ends when this launcher
// ends (its IPC channel closes).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { constants } from 'node:os';
import path from 'node:path';

function tryPort(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(null));
    srv.listen(port, '0.0.0.0', () => {
      const p = (srv.address() as { port: number }).port;
      srv.close(() => resolve(p));
    });
  });
}

const requested = process.env.PORT;
const port = requested && requested !== '0' ? Number(requested) : ((requested === undefined ? await tryPort(3000) : null) ?? (await tryPort(0)));
process.env.PORT = String(port);
process.env.APP_URL ??= `http://localhost:${port}`;
const vars = process.env as Record<string, string | undefined>;
// On the embedded default (a developer's own machine) without real mail, account emails go to the
// development outbox, which only loopback requests may read.
if (!Object.keys(process.env).some((k) => k.startsWith('DATABASE_URL_')) && !process.env.SMTP_URL) process.env.DEV_OUTBOX ??= 'true';
vars.NODE_ENV ??= process.argv.includes('--dev') ? 'development' : 'production';

// The same Node flags (V8 sizes, the TypeScript loader) for the app as this launcher was given.
const app = spawn(process.execPath, [...process.execArgv, path.join(import.meta.dirname, '..', 'server.ts'), ...process.argv.slice(2)], {
  env: process.env,
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  detached: true,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.kill(signal));
// A closed terminal: stop as for SIGTERM.
process.on('SIGHUP', () => app.kill('SIGTERM'));
app.on('exit', (code, signal) => process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0)));
