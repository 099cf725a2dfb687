// Next.js runs in a child process of the web role, on a loopback port, and the main server proxies
// page requests to it. Next installs process-wide hooks (AsyncLocalStorage promise hooks, a patched
// Date) that measured ~10% of the API's CPU per request when both shared one process.
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { freePort } from '@/db/embedded';

const READY_TIMEOUT_MS = 120_000;

export type NextChild = {
  handle: (req: IncomingMessage, res: ServerResponse, extraHeaders: Record<string, string>) => void;
  upgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  stop: () => Promise<void>;
};

export async function startNextChild(opts: { dev: boolean; log: (m: string) => void }): Promise<NextChild> {
  const port = await freePort();
  const entry = path.join(process.cwd(), 'src', 'host', 'next-entry.cjs');
  const child: ChildProcess = spawn(process.execPath, [entry, opts.dev ? 'dev' : 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Next.js did not start in time')), READY_TIMEOUT_MS);
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (/Ready in|started server|Local:/i.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`Next.js exited (${code}): ${out}`)));
  });
  // Keep draining its output so the pipe never fills.
  child.stdout!.on('data', () => {});

  return {
    handle(req, res, extraHeaders) {
      const upstream = httpRequest(
        { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers },
        (up: IncomingMessage) => {
          res.writeHead(up.statusCode ?? 502, { ...up.headers, ...extraHeaders });
          up.pipe(res);
        },
      );
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end();
      });
      req.pipe(upstream);
    },
    upgrade(req, socket, head) {
      const upstream = connect(port, '127.0.0.1', () => {
        const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
        for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
        upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
        if (head.length) upstream.write(head);
        upstream.pipe(socket).pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
