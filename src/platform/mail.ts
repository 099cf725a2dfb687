// Mail goes through nodemailer: to SMTP_URL when set, otherwise to the development outbox
// (one JSON file per message under DATA_DIR/outbox).
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { createTranslator } from 'next-intl';
import { loadNamespace } from '@/i18n/messages';
import type { Locale } from '@/i18n/locales';
import { env } from './env';
import { logger } from './logger';

export const outboxDir = path.join(env.DATA_DIR, 'outbox');

const transport = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : nodemailer.createTransport({ jsonTransport: true });

type Mail = { to: string; subject: string; text: string; html: string };

export async function sendMail(mail: Mail): Promise<void> {
  const info = await transport.sendMail({ from: env.MAIL_FROM, ...mail });
  if (env.SMTP_URL) return;
  const id = `${Date.now()}-${randomUUID()}`;
  await mkdir(outboxDir, { recursive: true });
  await writeFile(
    path.join(outboxDir, `${id}.json`),
    JSON.stringify({ id, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, createdAt: new Date().toISOString(), messageId: info.messageId }),
  );
  logger.info({ to: '[redacted]', subject: mail.subject, outbox: id }, 'mail written to the development outbox');
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type AuthMailKind = 'verify' | 'reset' | 'magicLink';

/** A localised account email with one action link. */
export async function sendAuthMail(kind: AuthMailKind, opts: { to: string; name: string; url: string; locale: Locale }): Promise<void> {
  const t = createTranslator({ locale: opts.locale, messages: await loadNamespace(opts.locale, 'email'), namespace: 'email' });
  const lines = [t('greeting', { name: opts.name }), '', t(`${kind}.body`), opts.url, '', t(`${kind}.ignore`), '', t('signature')];
  const html = `<p>${escapeHtml(t('greeting', { name: opts.name }))}</p><p>${escapeHtml(t(`${kind}.body`))}</p><p><a href="${escapeHtml(opts.url)}">${escapeHtml(opts.url)}</a></p><p>${escapeHtml(t(`${kind}.ignore`))}</p><p>${escapeHtml(t('signature'))}</p>`;
  await sendMail({ to: opts.to, subject: t(`${kind}.subject`), text: lines.join('\n'), html });
}
