import { describe, expect, it } from 'vitest';
import { authContextStores, quietAuthContexts } from './quiet-auth-contexts';

/** Node 20 keeps `enabled` on each store; while one is enabled, every promise in the process pays a hook. */
const enabled = async () => (await authContextStores()).map((s) => (s as unknown as { enabled?: boolean }).enabled ?? false);

describe('quietAuthContexts', () => {
  it('keeps a call’s context while another settles, whichever way it came in, and switches the stores off once none is in flight', async () => {
    const [store] = await authContextStores();
    let gate = Promise.resolve();
    // A call that holds its context across an await, as Better Auth's endpoints and adapter do.
    const slow = (name: string) => store!.run(name, async () => {
      await gate;
      return store!.getStore();
    });
    const auth = quietAuthContexts({
      handler: async (_request: Request) => new Response(String(await slow('handler'))),
      api: { slow: () => slow('api'), quick: () => store!.run('quick', async () => store!.getStore()) },
      $context: Promise.resolve({ internalAdapter: { deleteSession: () => slow('adapter') } }),
    });
    const ways: [string, () => Promise<unknown>][] = [
      ['api', () => auth.api.slow()],
      ['adapter', async () => (await auth.$context).internalAdapter.deleteSession()],
      ['handler', async () => (await auth.handler(new Request('http://localhost/'))).text()],
    ];
    for (const [name, call] of ways) {
      let release!: () => void;
      gate = new Promise<void>((resolve) => (release = resolve));
      const pending = call();
      await new Promise((resolve) => setImmediate(resolve));
      expect(await enabled()).toContain(true);
      expect(await auth.api.quick()).toBe('quick');
      release();
      expect(await pending).toBe(name);
      expect(await enabled()).toEqual([false, false, false]);
    }
  });
});
