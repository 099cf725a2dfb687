import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { AppError } from '@/domain/errors';
import { env } from '@/platform/env';
import { DIRECTORY } from '@/db/urls';
import { pingTarget } from '@/db/client';
import { registry } from '@/platform/metrics';
import { roleHealth } from '@/platform/role-health';
import { regionIds } from '@/platform/regions-config';
import { storageFor } from '@/storage/storage-for-region';
import { mayReadMetrics } from '../metrics-access';
import type { ApiEnv } from '../types';

export const systemRoutes = new OpenAPIHono<ApiEnv>();

const roleSchema = z.object({ status: z.enum(['up', 'down']), detail: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
const healthSchema = z.object({ status: z.literal('ok'), roles: z.record(z.string(), roleSchema) });
const health = createRoute({
  method: 'get',
  path: '/health',
  responses: { 200: { description: 'The process is up; each role it runs reports itself', content: { 'application/json': { schema: healthSchema } } } },
});
systemRoutes.openapi(health, (c) => c.json({ status: 'ok' as const, roles: roleHealth() }, 200));

const readySchema = z.object({ status: z.enum(['ready', 'degraded']), checks: z.record(z.string(), z.enum(['up', 'down'])) });
const ready = createRoute({
  method: 'get',
  path: '/ready',
  responses: {
    200: { description: 'Every cell, the directory and every role of this process answer', content: { 'application/json': { schema: readySchema } } },
    503: { description: 'Some dependency or role is down (`role:worker` while its process restarts); `checks` names it', content: { 'application/json': { schema: readySchema } } },
  },
});
const PING_TIMEOUT_MS = 2_000;
systemRoutes.openapi(ready, async (c) => {
  const probes: [string, () => Promise<void>][] = [
    ['directory', () => pingTarget(DIRECTORY)],
    ...regionIds.map((r): [string, () => Promise<void>] => [`database:${r}`, () => pingTarget(r)]),
    ...regionIds.map((r): [string, () => Promise<void>] => [`storage:${r}`, () => storageFor(r).check()]),
  ];
  const results = await Promise.all(
    probes.map(([, probe]) =>
      Promise.race([probe().then(() => 'up' as const), new Promise<'down'>((r) => setTimeout(() => r('down'), PING_TIMEOUT_MS).unref())]).catch(
        () => 'down' as const,
      ),
    ),
  );
  const roles = Object.entries(roleHealth()).map(([name, role]) => [`role:${name}`, role.status] as const);
  const checks = Object.fromEntries([...probes.map(([name], i) => [name, results[i]!] as const), ...roles]);
  const up = Object.values(checks).every((r) => r === 'up');
  return up ? c.json({ status: 'ready' as const, checks }, 200) : c.json({ status: 'degraded' as const, checks }, 503);
});

systemRoutes.get('/metrics', async (c) => {
  if (!mayReadMetrics(c.req.header('authorization'), c.get('clientIp'), env.METRICS_TOKEN)) throw new AppError('NOT_FOUND');
  return c.text(await registry.metrics(), 200, { 'Content-Type': registry.contentType });
});
