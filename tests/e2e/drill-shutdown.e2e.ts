// Ctrl-C drill: SIGINT to the whole process group, as a terminal sends it, while files are being
// extracted and analysed. The roles stop first and PostgreSQL last, so no job in flight fails on a
// vanished database; the app exits 0 and PostgreSQL leaves no lock. The next start on the same
// data leaves no file `extracting` for more than a few seconds, and every file ends `ready`.
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { startApp, type AppInstance } from '../support/app-instance';
import { httpUpload, httpUser, superuser } from '../support/app-user';
import { makePdf, sampleProse } from '../support/documents';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cf-drill-shutdown-'));
chmodSync(dataDir, 0o755);
let app: AppInstance | undefined;
afterAll(async () => {
  await app?.interrupt();
  rmSync(dataDir, { recursive: true, force: true });
});

const FILES = 12;
/** "A few seconds": the longest a file may show `extracting` once the app is back. */
const MAX_EXTRACTING_MS = 10_000;

describe('Ctrl-C drill', () => {
  it('mid-job: roles stop before PostgreSQL, exit 0; the next start finishes every file without one stuck extracting', { timeout: 420_000 }, async () => {
    app = await startApp(dataDir, { RATE_LIMIT_PER_MINUTE: '100000' });
    const user = await httpUser(app.url, dataDir, 'drill.shutdown@example.com');
    const parts = await Promise.all(
      Array.from({ length: FILES }, async (_, i) => ({
        name: `chapter-${i + 1}.pdf`,
        bytes: await makePdf(Array.from({ length: 60 }, (_, p) => `Chapter ${i + 1}, page ${p + 1}. ${sampleProse(200, i * 100 + p)}`)),
      })),
    );
    const ids = await httpUpload(app.url, user.token, parts);
    const statuses = async () => {
      const db = superuser(dataDir, user.region);
      await db.connect();
      try {
        return (await db.query<{ id: string; status: string }>('select id::text, status::text from files where id = any($1::uuid[])', [ids])).rows;
      } finally {
        await db.end();
      }
    };
    for (let i = 0; i < 600; i++) {
      const rows = await statuses();
      if (rows.some((r) => r.status === 'extracting' || r.status === 'analysing')) break;
      await sleep(50);
    }

    const interruptedAt = Date.now();
    expect(await app.interrupt()).toBe(0);
    const stopMs = Date.now() - interruptedAt;
    const output = app.output();
    // PostgreSQL stopped cleanly, after the roles: no lock left, and no job failed for lack of it.
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(output).not.toMatch(/job failed|terminating connection|Connection terminated/);

    app = await startApp(dataDir, { RATE_LIMIT_PER_MINUTE: '100000' });
    const restartedAt = Date.now();
    const extractingSince = new Map<string, number>();
    let longestExtracting = 0;
    let atRestart: string[] = [];
    let rows: { id: string; status: string }[] = [];
    while (Date.now() - restartedAt < 240_000) {
      rows = await statuses();
      if (!atRestart.length) atRestart = rows.map((r) => r.status);
      const now = Date.now();
      for (const r of rows) {
        if (r.status === 'extracting') extractingSince.set(r.id, extractingSince.get(r.id) ?? now);
        else extractingSince.delete(r.id);
      }
      for (const since of extractingSince.values()) longestExtracting = Math.max(longestExtracting, now - since);
      if (rows.every((r) => r.status === 'ready' || r.status === 'failed')) break;
      await sleep(100);
    }
    const allDoneMs = Date.now() - restartedAt;
    expect(rows.map((r) => r.status)).toEqual(Array(FILES).fill('ready'));
    expect(longestExtracting).toBeLessThan(MAX_EXTRACTING_MS);
    console.log(`drill: stopped in ${stopMs} ms; after the restart, longest 'extracting' ${longestExtracting} ms, all ready in ${allDoneMs} ms; statuses at restart: ${atRestart.join(',')}`);
  });
});
