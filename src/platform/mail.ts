// Mail goes through nodemailer: to SMTP_URL when set, otherwise into files (one JSON file per
// message under DATA_DIR/outbox) that an operator on the machine can read, and that the development
// outbox page shows to a developer on this machine.
import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { createTranslator } from 'next-intl';
import { loadNamespace } from '@/i18n/messages';
import type { Locale } from '@/i18n/locales';
import { env } from './env';
import { logger } from './logger';

export const outboxDir = path.join(env.DATA_DIR, 'outbox');
/** Each message is written here first and then moved into the outbox whole, so no reader sees half of one. */
const writingDir = path.join(env.DATA_DIR, 'outbox-writing');

const transport = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : nodemailer.createTransport({ jsonTransport: true });

type Mail = { to: string; subject: string; text: string; html: string };

export async function sendMail(mail: Mail): Promise<void> {
  const info = await transport.sendMail({ from: env.MAIL_FROM, ...mail });
  if (env.SMTP_URL) return;
  const id = `${Date.now()}-${randomUUID()}`;
  await Promise.all([mkdir(outboxDir, { recursive: true }), mkdir(writingDir, { recursive: true })]);
  const writing = path.join(writingDir, `${id}.json`);
  await writeFile(
    writing,
    JSON.stringify({ id, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, createdAt: new Date().toISOString(), messageId: info.messageId }),
  );
  await rename(writing, path.join(outboxDir, `${id}.json`));
  logger.info({ subject: mail.subject, outbox: id }, 'mail written to DATA_DIR/outbox');
}

/** Said once at start: without SMTP_URL no account email leaves this machine. */
export function warnWithoutMailServer(): void {
  if (env.SMTP_URL) return;
  logger.warn(
    { outbox: outboxDir, page: env.devOutbox ? '/{locale}/dev/outbox (this machine only)' : null },
    'SMTP_URL is not set: account emails (verification, password reset, sign-in links) are written to files in DATA_DIR/outbox and not delivered. Set SMTP_URL to send them.',
  );
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** accountExists: someone tried to sign up with the address of an existing account. */
export type AuthMailKind = 'verify' | 'reset' | 'magicLink' | 'accountExists';

/** A localised account email with one action link. */
export async function sendAuthMail(kind: AuthMailKind, opts: { to: string; name: string; url: string; locale: Locale }): Promise<void> {
  const t = createTranslator({ locale: opts.locale, messages: await loadNamespace(opts.locale, 'email'), namespace: 'email' });
  const lines = [t('greeting', { name: opts.name }), '', t(`${kind}.body`), opts.url, '', t(`${kind}.ignore`), '', t('signature')];
  const html = `<p>${escapeHtml(t('greeting', { name: opts.name }))}</p><p>${escapeHtml(t(`${kind}.body`))}</p><p><a href="${escapeHtml(opts.url)}">${escapeHtml(opts.url)}</a></p><p>${escapeHtml(t(`${kind}.ignore`))}</p><p>${escapeHtml(t('signature'))}</p>`;
  await sendMail({ to: opts.to, subject: t(`${kind}.subject`), text: lines.join('\n'), html });
}
