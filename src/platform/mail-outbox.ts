// The development outbox: the mail written to DATA_DIR/outbox, shown to a developer on this machine.
// A default install without SMTP_URL holds live sign-in and reset links there, so the page exists
// only where configured for development (env.devOutbox) and only for a loopback client.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isLoopback } from './client-ip';
import { env } from './env';
import { outboxDir } from './mail';

export type OutboxMail = { id: string; to: string; subject: string; text: string; html: string; createdAt: string };

/**
 * Every mail, newest first, for a client at `clientIp` (the address server.ts tells pages); null
 * when the outbox is off or the client is not this machine. No address (a host that runs the pages
 * without our server, e.g. serverless) is not loopback.
 */
export async function listOutbox(clientIp: string | null): Promise<OutboxMail[] | null> {
  if (!env.devOutbox || !clientIp || !isLoopback(clientIp)) return null;
  const names = await readdir(outboxDir).catch(() => [] as string[]);
  const mails = await Promise.all(
    names.filter((n) => n.endsWith('.json')).map(async (n) => JSON.parse(await readFile(path.join(outboxDir, n), 'utf8')) as OutboxMail),
  );
  return mails.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
