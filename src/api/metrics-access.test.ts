import { describe, expect, it } from 'vitest';
import { mayReadMetrics } from './metrics-access';

const TOKEN = 'metrics-token-0123456789';

describe('who may read /api/metrics', () => {
  it('without a token: loopback only', () => {
    expect(mayReadMetrics(undefined, '127.0.0.1', undefined)).toBe(true);
    expect(mayReadMetrics(undefined, '::1', undefined)).toBe(true);
    expect(mayReadMetrics(undefined, '203.0.113.9', undefined)).toBe(false);
    expect(mayReadMetrics(`Bearer ${TOKEN}`, '203.0.113.9', undefined)).toBe(false);
  });

  it('with a token: its bearer only, from anywhere, and loopback is no longer enough', () => {
    expect(mayReadMetrics(`Bearer ${TOKEN}`, '203.0.113.9', TOKEN)).toBe(true);
    expect(mayReadMetrics(undefined, '127.0.0.1', TOKEN)).toBe(false);
    expect(mayReadMetrics(`Bearer ${TOKEN}x`, '127.0.0.1', TOKEN)).toBe(false);
    expect(mayReadMetrics(`Basic ${TOKEN}`, '127.0.0.1', TOKEN)).toBe(false);
  });
});
