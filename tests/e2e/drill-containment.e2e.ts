// Containment drill against a whole app as `npm start` runs it. One upload batch holds a document
// that breaks extraction (a corrupt PDF), one whose text the database refuses to store (a trigger
// installed as the superuser raises for a marker), one that kills the worker process (this test
// SIGKILLs the worker whenever that file is being extracted) and five ordinary documents. Pages
// and the API answer throughout; the three end `failed` with a reason, the others `ready`;
// /api/ready shows the worker down while its process restarts and up again after.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { startApp, type AppInstance } from '../support/app-instance';
import { httpUpload, httpUser, superuser, workerPid } from '../support/app-user';
import { makeCorruptPdf, makePdf, sampleProse } from '../support/documents';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cf-drill-containment-'));
chmodSync(dataDir, 0o755);
let app: AppInstance | undefined;
afterAll(async () => {
  await app?.interrupt();
  rmSync(dataDir, { recursive: true, force: true });
});

const MARKER = 'DRILL-REFUSE-WRITE';
const DRILL_MS = 240_000;

type Sample = { at: number; me: number; page: number; ready: number; worker: string | undefined };

describe('containment drill', () => {
  it('a batch with documents that break extraction, the database write and the worker process: the rest is ready, the app never stops answering', { timeout: DRILL_MS + 120_000 }, async () => {
    app = await startApp(dataDir, { RATE_LIMIT_PER_MINUTE: '100000' });
    const { url, pid } = app;
    const user = await httpUser(url, dataDir, 'drill.containment@example.com');
    const db = superuser(dataDir, user.region);
    await db.connect();
    try {
      await db.query(`create function drill_refuse_text() returns trigger language plpgsql as $$
        begin
          if new.content like '%${MARKER}%' then raise exception 'drill: this text may not be stored: %', left(new.content, 80); end if;
          return new;
        end $$`);
      await db.query('create trigger drill_refuse_text before insert or update on file_texts for each row execute function drill_refuse_text()');

      const ordinary = await Promise.all(Array.from({ length: 5 }, (_, i) => makePdf([`Lecture ${i + 1}: ${sampleProse(120, i + 1)}`, sampleProse(150, i + 11)])));
      const parts = [
        { name: 'corrupt.pdf', bytes: makeCorruptPdf() },
        { name: 'refused-write.pdf', bytes: await makePdf([`Chapter one. ${MARKER} ${sampleProse(80, 41)}`]) },
        // Long enough that its extraction is seen and the worker killed in the middle of it.
        { name: 'worker-killer.pdf', bytes: await makePdf(Array.from({ length: 300 }, (_, p) => `Page ${p + 1}. ${sampleProse(220, 100 + p)}`)) },
        ...ordinary.map((bytes, i) => ({ name: `lecture-${i + 1}.pdf`, bytes })),
      ];

      // Every quarter second, as a user and an operator would: the API, a page and readiness.
      const samples: Sample[] = [];
      let watching = true;
      const watcher = (async () => {
        while (watching) {
          const at = Date.now();
          const [me, page, ready] = await Promise.all([
            fetch(`${url}/api/me`, { headers: { authorization: `Bearer ${user.token}` } }).then((r) => r.status, () => 0),
            fetch(`${url}/en-US/sign-in`).then((r) => r.status, () => 0),
            fetch(`${url}/api/ready`).then(async (r) => ({ status: r.status, json: (await r.json()) as { checks: Record<string, string> } }), () => ({ status: 0, json: { checks: {} as Record<string, string> } })),
          ]);
          samples.push({ at, me, page, ready: ready.status, worker: ready.json.checks['role:worker'] });
          await sleep(250);
        }
      })();

      const ids = await httpUpload(url, user.token, parts);
      const idOf = (name: string) => ids[parts.findIndex((p) => p.name === name)]!;
      const killer = idOf('worker-killer.pdf');
      const failing = new Set([idOf('corrupt.pdf'), idOf('refused-write.pdf'), killer]);

      // The worker dies whenever a live worker has the killer file in extraction.
      const kills: { pid: number; at: number }[] = [];
      const deadline = Date.now() + DRILL_MS;
      let files: { id: string; status: string; error: string | null }[] = [];
      let killerFailedAt = 0;
      while (Date.now() < deadline) {
        files = (await db.query('select id::text, status, error from files where id = any($1::uuid[])', [ids])).rows;
        if (files.length === ids.length && files.every((f) => f.status === 'ready' || f.status === 'failed')) break;
        const k = files.find((f) => f.id === killer)!;
        if (k.status === 'failed') killerFailedAt ||= Date.now();
        const job = (await db.query("select state from pgboss.job where name = 'file-process' and singleton_key = $1 and state = 'active'", [killer])).rows[0];
        const wpid = workerPid(pid);
        if (k.status === 'extracting' && job && wpid && !kills.some((x) => x.pid === wpid) && kills.length < 2) {
          process.kill(wpid, 'SIGKILL');
          kills.push({ pid: wpid, at: Date.now() });
        }
        await sleep(20);
      }
      // Readiness after the last restart, then the watcher stops.
      const upDeadline = Date.now() + 60_000;
      while (Date.now() < upDeadline && samples.at(-1)?.worker !== 'up') await sleep(250);
      watching = false;
      await watcher;

      const byId = new Map(files.map((f) => [f.id, f]));
      const report = parts.map((p, i) => `${p.name}=${byId.get(ids[i]!)?.status}/${byId.get(ids[i]!)?.error}`).join(', ');
      expect(kills.length, report).toBe(2);
      for (const id of failing) expect(byId.get(id), report).toMatchObject({ status: 'failed', error: expect.stringMatching(/^[A-Z_]+$/) });
      expect(byId.get(idOf('corrupt.pdf'))!.error).toBe('FILE_CORRUPT');
      expect(byId.get(killer)!.error).toBe('FILE_TOO_COMPLEX');
      for (const id of ids.filter((i) => !failing.has(i))) expect(byId.get(id)!.status, report).toBe('ready');

      // The API and the pages never stopped answering; readiness named the worker while it was down.
      expect(samples.filter((s) => s.me !== 200 || s.page !== 200)).toEqual([]);
      const downAt = samples.find((s) => s.worker === 'down' && s.at >= kills[0]!.at);
      expect(downAt?.ready).toBe(503);
      const upAgain = samples.find((s) => s.at > kills[0]!.at && s.worker === 'up');
      expect(upAgain?.ready).toBe(200);
      expect(samples.at(-1)).toMatchObject({ ready: 200, worker: 'up' });
      console.log(
        `drill: worker up again ${upAgain!.at - kills[0]!.at} ms after the first kill; killer file failed ${killerFailedAt - kills[1]!.at} ms after the second; ${samples.length} samples`,
      );
    } finally {
      await db.end();
    }
  });
});
