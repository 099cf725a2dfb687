import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions, scrubEmails } from './logger';

/** The app's logger options writing to memory: what an operator would read in the log. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: pino({ ...loggerOptions, level: 'debug' }, stream), text: () => lines.join('') };
}

describe('logger', () => {
  it('never writes an email address: named fields go, quoted ones in messages, errors and nested values are replaced', () => {
    const { log, text } = capture();
    const err = Object.assign(new Error('Sign-up attempt for existing email: lena@uni-heidelberg.de'), {
      body: { message: 'User lena@uni-heidelberg.de already exists', code: 'USER_ALREADY_EXISTS' },
      // As nodemailer reports a refused recipient: an error per address, each naming it.
      rejectedErrors: [Object.assign(new Error('550 5.1.1 <sam@example.org>: user unknown'), { recipient: 'sam@example.org' })],
    });
    log.error({ err, email: 'lena@uni-heidelberg.de', user: { email: 'lena@uni-heidelberg.de', id: 'u1' } }, 'sign-up failed');
    log.info('mail to <Jordan.Miller+cs101@example.com> rejected');
    log.warn({ args: [{ detail: ['550 5.1.1 <sam@example.org>: user unknown'] }] }, 'better-auth');
    const out = text();
    expect(out).not.toMatch(/@(uni-heidelberg\.de|example\.com|example\.org)/);
    expect(out).toContain('[email] already exists');
    expect(out).toContain('mail to <[email]> rejected');
    expect(out).toContain('"code":"USER_ALREADY_EXISTS"');
    expect(out).toContain('"id":"u1"');
  });

  it('leaves text without an address alone', () => {
    expect(scrubEmails('GET /api/files 200 in 3 ms @ noon')).toBe('GET /api/files 200 in 3 ms @ noon');
    expect(scrubEmails('a.b@c.de, x@y.org')).toBe('[email], [email]');
  });
});
