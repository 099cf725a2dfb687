// The worker and realtime roles start, connect to every regional cell and report their health; a
// job's failure stays inside the job, and the worker's health follows its database within seconds.
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { z } from 'zod';
import { defineJob, enqueue, type JobDefinition } from '@/domain/jobs/define-job';
import { startRealtime, REALTIME_PATH } from '@/realtime/start-realtime';
import { QUEUE_PROBE_MS, startWorker } from '@/worker/start-worker';
import { call, verifiedUser } from '../support/api';
import { adminQuery } from '../support/db';

async function waitFor<T>(what: string, read: () => Promise<T>, done: (v: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(v)}`);
    await sleep(50);
  }
}

describe('roles', () => {
  it('the worker connects a job queue in each region and reports it in /api/health', async () => {
    const worker = await startWorker();
    try {
      expect([...worker.bosses.keys()]).toEqual(['us-east', 'eu-west']);
      const health = await call('GET', '/api/health');
      expect(health.json.roles.worker).toEqual({ status: 'up', detail: { 'queue:us-east': 'connected', 'queue:eu-west': 'connected' } });
      expect((await call('GET', '/api/ready')).json.checks['role:worker']).toBe('up');
    } finally {
      await worker.stop();
    }
  });

  it('a handler failing with U+0000 and 100 KB of text fails its job with a short clean output; the next job runs', { timeout: 30_000 }, async () => {
    const ran: string[] = [];
    const hostile = defineJob({
      name: 'test-hostile-failure',
      schema: z.object({ label: z.string(), fail: z.boolean() }),
      retry: { retryLimit: 0, retryDelay: 1, retryBackoff: false, expireInSeconds: 60 },
      concurrency: 1,
      handler: async (p) => {
        // What pdf.js once handed on: document text with U+0000, quoted whole in the error.
        if (p.fail) throw new Error(`could not store "\u0000${'Σ symbol table \u0007 '.repeat(6_000)}"`);
        ran.push(p.label);
      },
    });
    const worker = await startWorker({ jobs: [hostile as JobDefinition] });
    try {
      await enqueue('us-east', hostile, [{ label: 'poison', fail: true }]);
      const [failed] = await waitFor(
        'the failing job',
        () => adminQuery('us-east', "select state, output from pgboss.job where name = $1 and data->>'label' = 'poison'", [hostile.name]),
        (rows) => rows[0]?.state === 'failed',
        15_000,
      );
      expect(failed.output).toEqual({ code: 'JOB_FAILED', error: 'Error', message: expect.any(String) });
      expect(failed.output.message.length).toBeLessThanOrEqual(200);
      expect(failed.output.message).toMatch(/^could not store "Σ symbol table/);
      expect(failed.output.message).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);

      await enqueue('us-east', hostile, [{ label: 'next', fail: false }]);
      await waitFor('the next job', async () => ran, (r) => r.includes('next'), 15_000);
      expect((await call('GET', '/api/health')).json.roles.worker.status).toBe('up');
    } finally {
      await worker.stop();
    }
  });

  it('the worker shows down on a queue error and up again once its database answers a probe', { timeout: 30_000 }, async () => {
    const worker = await startWorker({ jobs: [] });
    try {
      const role = async () => (await call('GET', '/api/health')).json.roles.worker;
      worker.bosses.get('eu-west')!.emit('error', new Error('Connection terminated unexpectedly'));
      expect(await role()).toEqual({ status: 'down', detail: { 'queue:us-east': 'connected', 'queue:eu-west': 'error' } });
      const ready = await call('GET', '/api/ready');
      expect(ready.status).toBe(503);
      expect(ready.json).toMatchObject({ status: 'degraded', checks: { 'role:worker': 'down', 'database:eu-west': 'up' } });

      const erredAt = Date.now();
      await waitFor('the worker', role, (r) => r.status === 'up', 2 * QUEUE_PROBE_MS + 1_000);
      expect(Date.now() - erredAt).toBeLessThan(2 * QUEUE_PROBE_MS + 1_000);
      expect((await call('GET', '/api/ready')).status).toBe(200);
    } finally {
      await worker.stop();
    }
    // A worker stopped on purpose is not reported as a role that is down.
    expect((await call('GET', '/api/health')).json.roles.worker).toBeUndefined();
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
