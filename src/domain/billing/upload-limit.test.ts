import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('the upload limit on a deployment', () => {
  it("is the plan's own, unless the operator's UPLOAD_MAX_BYTES is lower", async () => {
    vi.resetModules();
    const plain = await import('./upload-limit');
    expect(plain.maxUploadBytes('premium')).toBe(100 * 1024 * 1024);

    vi.stubEnv('UPLOAD_MAX_BYTES', String(60 * 1024 * 1024));
    vi.resetModules();
    const capped = await import('./upload-limit');
    expect(capped.maxUploadBytes('premium')).toBe(60 * 1024 * 1024);
    expect(capped.maxUploadBytes('free')).toBe(50 * 1024 * 1024);
  });
});
