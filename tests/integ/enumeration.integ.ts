// Whether an email has an account must not show in what sign-up, password reset and magic link
// answer, nor in the work they do before answering: the same SQL statements to the same databases
// and the same hashing. The owner of a known address gets the email; nobody else gets anything.
import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';
import { syncBuiltinESMExports } from 'node:module';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type WorkerHandle } from '@/worker/start-worker';
import { call, outbox, signUp, verifiedUser, waitForMail } from '../support/api';
import { adminQuery } from '../support/db';

type Work = { statements: string[]; params: string[]; hmacs: number; hashes: number };

// The libraries' own entry points, wrapped to count what each request asks of them. Only work done
// inside a measured request counts (background timers of the queue run in other async contexts).
const measuring = new AsyncLocalStorage<Work>();
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client & { database?: string }, ...args: unknown[]) {
  const work = measuring.getStore();
  if (work) {
    const q = args[0] as string | { text: string; values?: unknown[] };
    const text = typeof q === 'string' ? q : q.text;
    work.statements.push(`${this.database}: ${text.replace(/\s+/g, ' ').trim()}`);
    work.params.push(JSON.stringify(typeof q === 'string' ? args[1] : (q.values ?? args[1])) ?? '');
  }
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;
const { createHmac, createHash } = crypto;
crypto.createHmac = ((...args: Parameters<typeof createHmac>) => {
  const work = measuring.getStore();
  if (work) work.hmacs++;
  return createHmac(...args);
}) as typeof createHmac;
crypto.createHash = ((...args: Parameters<typeof createHash>) => {
  const work = measuring.getStore();
  if (work) work.hashes++;
  return createHash(...args);
}) as typeof createHash;
syncBuiltinESMExports();

async function measured(method: string, url: string, body: unknown) {
  const work: Work = { statements: [], params: [], hmacs: 0, hashes: 0 };
  const res = await measuring.run(work, () => call(method, url, { body }));
  return { res, work };
}

/** What a caller sees: status, body and headers, less the request id and date that differ on every answer. */
function visible(res: Awaited<ReturnType<typeof call>>) {
  const headers = [...res.headers].filter(([k]) => !['x-request-id', 'date'].includes(k));
  return { status: res.status, json: res.json, headers };
}

let worker: WorkerHandle | undefined;
afterAll(async () => {
  await worker?.stop();
});

const KNOWN_US = 'known.us@enum.test';
const KNOWN_EU = 'known.eu@enum.test';

beforeAll(async () => {
  await verifiedUser({ email: KNOWN_US, country: 'US' });
  await verifiedUser({ email: KNOWN_EU, country: 'DE', locale: 'de' });
});

describe('no account enumeration', () => {
  for (const [kind, url] of [
    ['password reset', '/api/auth/request-password-reset'],
    ['magic link', '/api/auth/sign-in/magic-link'],
  ] as const) {
    it(`${kind}: the same answer, statements and hashing for a known and an unknown email; only the known one gets mail`, async () => {
      // The first request of a process creates the queues; measure after it.
      await call('POST', url, { body: { email: `warm-up.${kind.replace(' ', '-')}@enum.test` } });
      // Mail already there before this test's requests (the worker of the test before may still be sending).
      const before = (email: string) => outbox().filter((m) => m.to === email).length;
      const seen = { us: before(KNOWN_US), eu: before(KNOWN_EU) };
      const unknownEmail = `nobody.${kind.replace(' ', '-')}@enum.test`;
      const unknown = await measured('POST', url, { email: unknownEmail });
      for (const known of [KNOWN_US, KNOWN_EU]) {
        const k = await measured('POST', url, { email: known });
        expect(visible(k.res)).toEqual(visible(unknown.res));
        expect(k.res.json).toEqual({ status: true });
        // Statement for statement, in every database: a directory lookup and a job queued in each cell.
        expect([...k.work.statements].sort()).toEqual([...unknown.work.statements].sort());
        const databases = new Set(k.work.statements.map((s) => s.split(':')[0]!.replace(/^.*_(directory|us_east|eu_west)$/, '$1')));
        expect(databases).toEqual(new Set(['directory', 'us_east', 'eu_west']));
        expect(k.work.statements.filter((s) => /insert into pgboss\.job/i.test(s))).toHaveLength(2);
        expect(k.work.hmacs).toBe(unknown.work.hmacs);
        expect(k.work.hmacs).toBeGreaterThan(0);
        expect(k.work.hashes).toBe(unknown.work.hashes);
        // No address reaches any database, the queue included.
        expect(k.work.params.join('\n')).not.toContain(known);
      }
      expect(unknown.work.params.join('\n')).not.toContain(unknownEmail);

      worker ??= await startWorker();
      const [us] = (await waitForMail(KNOWN_US, seen.us + 1)).slice(-1);
      const [eu] = (await waitForMail(KNOWN_EU, seen.eu + 1)).slice(-1);
      expect(us?.text).toMatch(kind === 'password reset' ? /\/en-US\/reset-password\?token=/ : /\/api\/auth\/us-east\/magic-link\/verify/);
      expect(eu?.text).toMatch(kind === 'password reset' ? /\/de\/reset-password\?token=/ : /\/api\/auth\/eu-west\/magic-link\/verify/);
      // Every job of every cell has run, and the unknown address got nothing.
      for (const region of ['us-east', 'eu-west']) {
        await expect
          .poll(async () => (await adminQuery(region, "select count(*)::int as n from pgboss.job where name = 'account-email-link' and state <> 'completed'"))[0].n, { timeout: 10_000 })
          .toBe(0);
        const payloads = await adminQuery(region, "select data::text as data from pgboss.job where name = 'account-email-link'");
        expect(payloads.map((p) => p.data).join('\n')).not.toMatch(/@/);
      }
      expect(outbox().some((m) => m.to === unknownEmail)).toBe(false);
    });
  }

  it('sign-up: a registered email gets exactly the answer a new one gets; its owner is told, the newcomer asked to confirm', async () => {
    const fresh = await signUp({ email: 'fresh@enum.test', country: 'US' });
    const taken = await signUp({ email: KNOWN_US, country: 'US' });
    const takenElsewhere = await signUp({ email: KNOWN_EU, country: 'US' });
    expect(visible(taken)).toEqual(visible(fresh));
    expect(visible(takenElsewhere)).toEqual(visible(fresh));
    expect(fresh.json).toEqual({ status: true, region: 'us-east' });

    expect((await waitForMail('fresh@enum.test'))[0]?.subject).toBe('Confirm your email for CourseFlow');
    expect(outbox().filter((m) => m.to === KNOWN_US).at(-1)?.subject).toBe('Someone tried to create a CourseFlow account with your email');
    // In the owner's own language, whatever the attempt's.
    expect(outbox().filter((m) => m.to === KNOWN_EU).at(-1)?.subject).toBe('Jemand wollte mit deiner E-Mail-Adresse ein CourseFlow-Konto erstellen');
    // The account is untouched: still one, still in its own cell.
    expect(await adminQuery('us-east', 'select count(*)::int as n from auth_user where email = $1', [KNOWN_EU])).toEqual([{ n: 0 }]);
  });
});
