import { timingSafeEqual } from 'node:crypto';
import { isLoopback } from '@/platform/client-ip';

/**
 * Who may read /api/metrics: with a token configured, its bearer (compared in constant time);
 * without one, only this machine. Metrics name routes, queues and volumes: not for the public.
 */
export function mayReadMetrics(authorization: string | undefined, clientIp: string, token: string | undefined): boolean {
  if (token) {
    const given = Buffer.from(authorization?.match(/^Bearer (.+)$/)?.[1] ?? '');
    const wanted = Buffer.from(token);
    return given.length === wanted.length && timingSafeEqual(given, wanted);
  }
  return isLoopback(clientIp);
}
