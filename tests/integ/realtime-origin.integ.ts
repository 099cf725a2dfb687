// The realtime socket carries a student's live data and is opened with their session cookie, which a
// browser sends from any page: an upgrade from another site's page is refused before any session
// lookup; our own pages and non-browser clients (no Origin) get in.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { appUrl } from '@/platform/auth/better-auth';
import { REALTIME_PATH, startRealtime } from '@/realtime/start-realtime';
import { verifiedUser } from '../support/api';

const realtime = startRealtime();
const server = createServer();
server.on('upgrade', (req, socket, head) => void realtime.handleUpgrade(req, socket, head));
let base: string;
let cookie: string;

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const u = await verifiedUser({ email: 'origin@example.com', country: 'US' });
  cookie = u.cookies.find((c) => c.startsWith('cf-us-east.session_token='))!.split(';')[0]!;
});
afterAll(async () => {
  await realtime.stop();
  server.close();
});

/** The upgrade's outcome: the first message of an accepted socket, or the refusal's status. */
function open(headers: Record<string, string>): Promise<{ status: number; hello?: unknown }> {
  const ws = new WebSocket(`ws://${base}${REALTIME_PATH}`, { headers });
  return new Promise((resolve, reject) => {
    ws.once('message', (d) => {
      resolve({ status: 101, hello: JSON.parse(d.toString()) });
      ws.close();
    });
    ws.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
    ws.once('error', reject);
  });
}

describe('realtime Origin check', () => {
  it('refuses a cookie-carrying upgrade from another site with 403, before looking at the session', async () => {
    expect(await open({ cookie, origin: 'https://evil.example' })).toEqual({ status: 403 });
    expect(await open({ cookie, origin: 'null' })).toEqual({ status: 403 });
    // Without credentials too: the Origin answers first, so the socket says nothing about sessions.
    expect(await open({ origin: 'https://evil.example' })).toEqual({ status: 403 });
  });

  it('accepts our own pages (APP_URL or the address the socket was opened on) and clients that send no Origin', async () => {
    const hello = { status: 101, hello: { type: 'hello', region: 'us-east' } };
    expect(await open({ cookie, origin: new URL(appUrl()).origin })).toEqual(hello);
    expect(await open({ cookie, origin: `http://${base}` })).toEqual(hello);
    expect(await open({ cookie })).toEqual(hello);
    expect(await open({ origin: `http://${base}` })).toEqual({ status: 401 });
  });
});
