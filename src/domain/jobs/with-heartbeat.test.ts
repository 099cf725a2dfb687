import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { withHeartbeat } from './with-heartbeat';

describe('withHeartbeat', () => {
  it('beats while the work runs and stops when it ends', async () => {
    let beats = 0;
    const result = await withHeartbeat(10, async () => void beats++, async () => {
      await sleep(100);
      return 'done';
    });
    expect(result).toBe('done');
    expect(beats).toBeGreaterThan(0);
    const atEnd = beats;
    await sleep(40);
    expect(beats).toBe(atEnd);
  });

  it('keeps working through failed beats and passes the work’s own failure on', async () => {
    let beats = 0;
    const failing = async () => {
      beats++;
      throw new Error('database unreachable');
    };
    await expect(withHeartbeat(10, failing, async () => (await sleep(25), 42))).resolves.toBe(42);
    expect(beats).toBeGreaterThan(0);
    await expect(withHeartbeat(10, failing, async () => Promise.reject(new Error('extraction failed')))).rejects.toThrow('extraction failed');
  });
});
