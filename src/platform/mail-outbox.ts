// The development outbox, readable only while no SMTP server is configured.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from './env';
import { outboxDir } from './mail';

export type OutboxMail = { id: string; to: string; subject: string; text: string; html: string; createdAt: string };

export async function listOutbox(): Promise<OutboxMail[] | null> {
  if (env.SMTP_URL) return null;
  const names = await readdir(outboxDir).catch(() => [] as string[]);
  const mails = await Promise.all(
    names.filter((n) => n.endsWith('.json')).map(async (n) => JSON.parse(await readFile(path.join(outboxDir, n), 'utf8')) as OutboxMail),
  );
  return mails.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
