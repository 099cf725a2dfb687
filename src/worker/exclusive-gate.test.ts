import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ExclusiveGate } from './exclusive-gate';

describe('ExclusiveGate', () => {
  it('runs a job alone: it waits for those running, and later ones wait for it', async () => {
    const gate = new ExclusiveGate();
    const log: string[] = [];
    const job = async (name: string, alone: boolean, ms: number) => {
      await gate.enter(alone);
      log.push(`start ${name}`);
      await sleep(ms);
      log.push(`end ${name}`);
      gate.leave(alone);
    };
    const a = job('a', false, 40);
    const b = job('b', false, 40);
    await sleep(5);
    const suspect = job('suspect', true, 40);
    await sleep(5);
    const c = job('c', false, 10);
    await Promise.all([a, b, suspect, c]);
    const at = (e: string) => log.indexOf(e);
    expect(at('start suspect')).toBeGreaterThan(Math.max(at('end a'), at('end b')));
    expect(at('start c')).toBeGreaterThan(at('end suspect'));
  });

  it('lets ordinary jobs run side by side', async () => {
    const gate = new ExclusiveGate();
    let most = 0;
    let now = 0;
    await Promise.all(
      [1, 2, 3].map(async () => {
        await gate.enter(false);
        most = Math.max(most, ++now);
        await sleep(20);
        now--;
        gate.leave(false);
      }),
    );
    expect(most).toBe(3);
  });
});
