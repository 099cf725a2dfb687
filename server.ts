// One Node server for the laptop: /api → Hono, WebSocket upgrades → realtime, the rest → Next.js.
// `npm start` runs web, realtime and worker together; ROLES picks a subset in production.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { env } from '@/platform/env';
import { logger } from '@/platform/logger';
import { bootstrapDatabases } from '@/db/bootstrap';
import { closeAllPools } from '@/db/client';
import { stopQueues } from '@/db/queue';
import { seedDemoUsers } from '@/domain/accounts/seed-demo-users';
import { handleApiRequest, isApiPath } from '@/api/handle';
import { startUploadDebrisSweep } from '@/api/sweep-temp-uploads';
import { REALTIME_PATH, startRealtime } from '@/realtime/start-realtime';
import { startWorker } from '@/worker/start-worker';
import { reportRole } from '@/platform/role-health';
import { containProcessErrors } from '@/host/contain-process-errors';
import { startNextChild, type NextChild } from '@/host/next-child';
import { superviseWorker } from '@/host/supervise-worker';
import { CLIENT_IP_HEADER, INTERNAL_HEADERS } from '@/platform/auth/headers';
import { clientIp } from '@/platform/client-ip';
import { warnWithoutMailServer } from '@/platform/mail';

const headerValue = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(', ') : (v ?? null));

const dev = process.argv.includes('--dev');
const log = (m: string) => logger.info(m);

// An uncaught exception must not stop pages and the API; a process running the worker alone
// (ROLES=worker in production) ends instead, for its process manager to start afresh.
containProcessErrors({ exitOnUncaught: [...env.roles].every((r) => r === 'worker') });

async function main() {
  const startedAt = performance.now();
  const { embedded } = await bootstrapDatabases(log);
  warnWithoutMailServer();
  // What a killed run left of its uploads goes before this one takes any.
  const uploadSweep = startUploadDebrisSweep();
  await uploadSweep.first;
  const roles = env.roles;
  // The worker reads untrusted documents: beside other roles it runs in a supervised child process,
  // so its crash cannot stop them. Alone (ROLES=worker in production) it runs here, as its own process.
  // Its process starts now, to load while the demo students are seeded and Next.js starts.
  const supervised = roles.has('worker') && roles.size > 1 ? superviseWorker() : undefined;
  if (embedded || env.SEED_DEMO) {
    const seeded = await seedDemoUsers();
    for (const u of seeded) console.log(`  demo user (${u.region}): ${u.email} / ${u.password}`);
  }

  const worker = supervised ?? (roles.has('worker') ? await startWorker() : undefined);
  const realtime = roles.has('realtime') ? startRealtime() : undefined;

  let pages: NextChild | undefined;
  if (roles.has('web')) {
    if (!dev && !existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
      log('building the web app (first start only)');
      execFileSync(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { stdio: 'inherit' });
    }
    pages = await startNextChild({ dev, log });
    reportRole('web', () => ({ status: 'up' }));
  }

  const pageHeaders: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    ...(env.isProduction && !dev ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload' } : {}),
  };

  const apiListener = getRequestListener((req, env_) => handleApiRequest(req, (env_ as { incoming?: { socket?: { remoteAddress?: string } } }).incoming?.socket?.remoteAddress));

  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (isApiPath(pathname) || !pages) {
      apiListener(req, res);
      return;
    }
    // Pages share the security headers the API sets; the CSP with its nonce comes from proxy.ts.
    // They learn the client's address only from this server (Next sees the proxy's loopback peer).
    for (const h of INTERNAL_HEADERS) delete req.headers[h];
    req.headers[CLIENT_IP_HEADER] = clientIp(headerValue(req.headers['x-forwarded-for']), req.socket.remoteAddress);
    pages.handle(req, res, pageHeaders);
  });
  server.on('upgrade', (req, socket, head) => {
    if (realtime && (req.url ?? '').split('?')[0] === REALTIME_PATH) void realtime.handleUpgrade(req, socket, head);
    else if (pages) pages.upgrade(req, socket, head); // Next's dev HMR socket
    else socket.destroy();
  });
  server.keepAliveTimeout = 65_000;

  await supervised?.ready;
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const port = (server.address() as AddressInfo).port;
  console.log(`CourseFlow is running at ${env.APP_URL ?? `http://localhost:${port}`} (roles: ${[...roles].join(', ')}; ready in ${Math.round(performance.now() - startedAt)} ms)`);

  // Roles first, PostgreSQL last. The launcher (scripts/start.ts) started this process in its own
  // process group, so a terminal's Ctrl-C reaches only the launcher, which passes it on here; the
  // embedded PostgreSQL, Next.js and the worker, children of this process, hear nothing until
  // their turn.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    uploadSweep.stop();
    server.close();
    server.closeAllConnections();
    await pages?.stop();
    await realtime?.stop();
    await worker?.stop();
    await stopQueues();
    await closeAllPools();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // The launcher is gone (killed): stop in order rather than be left running unseen.
  process.on('disconnect', () => void stop('launcher gone'));
}

main().catch((err) => {
  logger.fatal({ err }, 'start failed');
  process.exit(1);
});
