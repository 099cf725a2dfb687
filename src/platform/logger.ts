// Structured JSON logs. They never hold an email address in clear: fields named like one are
// removed, and any string that looks like one (a message, an error from a library quoting the
// address it failed on, a value nested anywhere) is replaced before the line is written.
import pino from 'pino';
import { env } from './env';

const EMAIL = /[^\s@<>()[\]{}"'`,;:/\\]+@[^\s@<>()[\]{}"'`,;:/\\]+\.[^\s@<>()[\]{}"'`,;:/\\]+/g;
const MAX_DEPTH = 8;

export function scrubEmails(text: string): string {
  return text.includes('@') ? text.replace(EMAIL, '[email]') : text;
}

/**
 * A copy of a log value with every email-like string replaced. Errors, wherever they sit (a mail
 * error carries one per refused recipient), become pino's plain form first, so their message,
 * stack and own fields are scrubbed too.
 */
export function scrubValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrubEmails(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const obj: object = value instanceof Error ? pino.stdSerializers.err(value) : value;
  if (depth >= MAX_DEPTH || seen.has(obj)) return '[…]';
  seen.add(obj);
  if (Array.isArray(obj)) return obj.map((v) => scrubValue(v, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = scrubValue(v, depth + 1, seen);
  return out;
}

export const loggerOptions: pino.LoggerOptions = {
  level: env.LOG_LEVEL,
  base: { service: 'courseflow' },
  redact: {
    paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token', 'email', '*.email', '*.*.email', 'to', '*.to'],
    remove: true,
  },
  formatters: { log: (obj) => scrubValue(obj) as Record<string, unknown> },
  // An error's message, stack and own fields (Better Auth's `body`, a cause) may quote an address.
  serializers: { err: (e: Error) => scrubValue(e) },
  hooks: {
    logMethod(args, method) {
      method.apply(this, args.map((a) => (typeof a === 'string' ? scrubEmails(a) : a)) as Parameters<typeof method>);
    },
  },
};

export const logger = pino(loggerOptions);
