// The worker and realtime roles start, connect to every regional cell and report their health.
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startRealtime, REALTIME_PATH } from '@/realtime/start-realtime';
import { startWorker } from '@/worker/start-worker';
import { call, verifiedUser } from '../support/api';

describe('roles', () => {
  it('the worker connects a job queue in each region and reports it in /api/health', async () => {
    const worker = await startWorker();
    try {
      expect([...worker.bosses.keys()]).toEqual(['us-east', 'eu-west']);
      const health = await call('GET', '/api/health');
      expect(health.json.roles.worker).toEqual({ status: 'up', detail: { 'queue:us-east': 'connected', 'queue:eu-west': 'connected' } });
    } finally {
      await worker.stop();
    }
  });

  it('realtime accepts a signed-in socket, refuses an anonymous one, and counts connections', async () => {
    const realtime = startRealtime();
    const server = createServer();
    server.on('upgrade', (req, socket, head) => void realtime.handleUpgrade(req, socket, head));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}${REALTIME_PATH}`;
    try {
      const u = await verifiedUser({ email: 'socket@example.de', country: 'DE' });
      const ws = new WebSocket(url, { headers: { authorization: `Bearer ${u.token}` } });
      const hello = await new Promise<string>((resolve, reject) => {
        ws.once('message', (d) => resolve(d.toString()));
        ws.once('error', reject);
      });
      expect(JSON.parse(hello)).toEqual({ type: 'hello', region: 'eu-west' });
      expect((await call('GET', '/api/health')).json.roles.realtime).toEqual({ status: 'up', detail: { connections: 1 } });
      ws.close();

      const anon = new WebSocket(url);
      const status = await new Promise<number>((resolve) => anon.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
      expect(status).toBe(401);
    } finally {
      await realtime.stop();
      server.close();
    }
  });
});
