// A student of a whole app instance (startApp), over HTTP as a client would be, and the instance's
// own embedded PostgreSQL as its superuser, for drills.
import { readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { descendants } from './app-instance';
import { PASSWORD, mailLink } from './journeys';
import { TEST_ENV } from './test-secrets';
import type { UploadPart } from './files';

/** Signs up over the API, follows the verification link from DATA_DIR/outbox and signs in. */
export async function httpUser(url: string, dataDir: string, email: string, country = 'US'): Promise<{ token: string; region: string }> {
  const post = (p: string, body: unknown) => fetch(`${url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const up = await post('/api/auth/sign-up/email', { name: 'Drill Student', email, password: PASSWORD, country });
  if (up.status !== 200) throw new Error(`sign-up: ${up.status} ${await up.text()}`);
  const verify = await fetch(await mailLink(dataDir, email), { redirect: 'manual' });
  if (verify.status !== 302) throw new Error(`verification: ${verify.status}`);
  const signIn = await post('/api/auth/sign-in/email', { email, password: PASSWORD });
  const json = (await signIn.json()) as { token: string; region: string };
  if (signIn.status !== 200) throw new Error(`sign-in: ${signIn.status} ${JSON.stringify(json)}`);
  return json;
}

/** One multipart request with every part (and form fields such as course_id); answers each file's id in order. */
export async function httpUpload(url: string, token: string, parts: UploadPart[], fields: Record<string, string> = {}): Promise<string[]> {
  const form = new FormData();
  for (const p of parts) form.append('files', new Blob([typeof p.bytes === 'string' ? p.bytes : Buffer.from(p.bytes)]), p.name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await fetch(`${url}/api/files/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const json = (await res.json()) as { data: { file: { id: string } }[] };
  if (res.status >= 300) throw new Error(`upload: ${res.status} ${JSON.stringify(json)}`);
  return json.data.map((d) => d.file.id);
}

/** The instance's region database as the embedded server's superuser (password as src/db/urls.ts derives it). */
export function superuser(dataDir: string, region: string): pg.Client {
  const { port } = JSON.parse(readFileSync(path.join(dataDir, 'embedded.json'), 'utf8')) as { port: number };
  const password = createHmac('sha256', TEST_ENV.AUTH_SECRET).update('embedded-postgres-superuser').digest('base64url');
  return new pg.Client({ connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/courseflow_${region.replace(/-/g, '_')}` });
}

/** The pid of the app's worker process (src/host/worker-entry.ts), if one runs. */
export function workerPid(appPid: number): number | undefined {
  return descendants(appPid).find((p) => {
    try {
      return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('worker-entry');
    } catch {
      return false;
    }
  });
}
