// Launcher: settles the port and public URL before any app module reads the environment, so the
// API, Better Auth and Next.js all agree on them.
import { createServer } from 'node:net';

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

await import('../server');
