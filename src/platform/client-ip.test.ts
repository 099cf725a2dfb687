import { describe, expect, it, vi } from 'vitest';

describe('client IP', () => {
  it('uses the socket peer when no proxy is trusted, ignoring a forged X-Forwarded-For', async () => {
    const { clientIp } = await import('./client-ip');
    expect(clientIp('1.2.3.4', '10.0.0.9')).toBe('10.0.0.9');
  });

  it('behind one trusted proxy, takes the address that proxy appended, never one the client prepended', async () => {
    vi.resetModules();
    vi.stubEnv('TRUSTED_PROXY_HOPS', '1');
    const { clientIp } = await import('./client-ip');
    expect(clientIp('6.6.6.6, 203.0.113.7', '10.0.0.1')).toBe('203.0.113.7');
    expect(clientIp(null, '10.0.0.1')).toBe('10.0.0.1');
    vi.unstubAllEnvs();
  });

  it('counts only this machine as loopback', async () => {
    const { isLoopback } = await import('./client-ip');
    for (const ip of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) expect(isLoopback(ip)).toBe(true);
    for (const ip of ['10.0.0.1', '203.0.113.7', '::ffff:10.0.0.1', '1127.0.0.1', 'unknown', '']) expect(isLoopback(ip)).toBe(false);
  });
});
