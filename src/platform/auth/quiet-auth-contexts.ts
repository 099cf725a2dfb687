// Node 20's AsyncLocalStorage runs a hook on every promise the process creates while any store is
// enabled. Better Auth enables its three stores on its first call and never disables them, so after
// the first sign-in every API request paid for them: ≈10 % of the Node CPU of GET /api/files
// (0.72–0.78 → 0.67–0.71 ms per request at 10,000 files), on requests that never reach Better Auth.
// Every way into Better Auth goes through `quietAuthContexts`' wrapper; when the last call in flight
// settles, the stores are disabled, and Better Auth's next `run()` enables them again. Disabling only
// with nothing in flight matters: it exits every context linked to a store.
import type { AsyncLocalStorage } from 'node:async_hooks';
import { getCurrentAuthContextAsyncLocalStorage, getCurrentDBAdapterAsyncLocalStorage, getRequestStateAsyncLocalStorage } from '@better-auth/core/context';

let inFlight = 0;
let stores: AsyncLocalStorage<unknown>[] | undefined;

/** Better Auth's stores (created on first use; the same instances Better Auth runs in). */
export async function authContextStores(): Promise<AsyncLocalStorage<unknown>[]> {
  stores ??= await Promise.all([getCurrentAuthContextAsyncLocalStorage(), getRequestStateAsyncLocalStorage(), getCurrentDBAdapterAsyncLocalStorage()]);
  return stores;
}

async function tracked<T>(fn: () => Promise<T>): Promise<T> {
  inFlight++;
  try {
    return await fn();
  } finally {
    inFlight--;
    const all = await authContextStores();
    if (inFlight === 0) for (const store of all) store.disable();
  }
}

/** The object with each of its methods counted in flight. */
function trackedMethods<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key);
      return typeof value === 'function' ? (...args: unknown[]) => tracked(() => value.apply(object, args) as Promise<unknown>) : value;
    },
  });
}

type AuthLike = { handler: (request: Request) => Promise<Response>; api: object; $context: Promise<{ internalAdapter: object }> };

/**
 * The instance with every way in counted in flight: `handler` (also exposed as `fetch`), every
 * `api` endpoint, and the methods of `$context.internalAdapter` (session deletion goes there).
 */
export function quietAuthContexts<A extends AuthLike>(auth: A): A {
  const handler = (request: Request) => tracked(() => auth.handler(request));
  const $context = auth.$context.then(
    (context) => new Proxy(context, { get: (object, key) => (key === 'internalAdapter' ? trackedMethods(object.internalAdapter) : Reflect.get(object, key)) }),
  );
  return { ...auth, api: trackedMethods(auth.api), handler, fetch: handler, $context };
}
