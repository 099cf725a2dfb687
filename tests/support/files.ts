// Uploading and waiting for files through the real API, for integration tests and the benchmark.
import { handleApiRequest } from '@/api/handle';
import { ORIGIN, call } from './api';

export type UploadPart = { name: string; bytes: Uint8Array | string };

export async function upload(token: string, parts: UploadPart[], fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const p of parts) form.append('files', new Blob([typeof p.bytes === 'string' ? p.bytes : Buffer.from(p.bytes)]), p.name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await handleApiRequest(
    new Request(new URL('/api/files/upload', ORIGIN), { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form }),
    '10.77.0.1',
  );
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

const DONE = new Set(['ready', 'failed']);

/** Polls until every file is ready or failed; returns them by id. */
export async function waitForFiles(token: string, ids: string[], timeoutMs = 60_000): Promise<Map<string, any>> {
  const deadline = Date.now() + timeoutMs;
  const files = new Map<string, any>();
  while (Date.now() < deadline) {
    for (const id of ids) {
      if (files.get(id) && DONE.has(files.get(id).status)) continue;
      const r = await call('GET', `/api/files/${id}`, { token });
      files.set(id, r.json);
    }
    if ([...files.values()].every((f) => DONE.has(f.status))) return files;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`files still processing: ${[...files.values()].filter((f) => !DONE.has(f.status)).map((f) => `${f.original_name}=${f.status}`).join(', ')}`);
}
