// With SMTP_URL set, account mail goes over real SMTP (to smtp-server on loopback), not the outbox.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';

const received: { to: string[]; raw: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    let raw = '';
    stream.on('data', (d: Buffer) => (raw += d.toString()));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
const { call, outbox } = await import('../support/api');

afterAll(() => new Promise<void>((r) => smtp.close(() => r())));

describe('mail over SMTP', () => {
  it('the verification email is delivered over SMTP in the student’s language', async () => {
    const up = await call('POST', '/api/auth/sign-up/email', {
      body: { name: 'Elena', email: 'elena@example.es', password: 'Lantern-Orbit-42-Meadow', country: 'ES', locale: 'es' },
    });
    expect(up.status).toBe(200);
    for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['elena@example.es']);
    const mail = await simpleParser(received[0]!.raw);
    expect(mail.subject).toBe('Confirma tu correo electrónico para CourseFlow');
    expect(mail.text).toContain('/api/auth/eu-west/verify-email?token=');
    expect(mail.html).toContain('Hola, Elena:');
    expect(outbox()).toEqual([]);
  });

  it('a sign-up with a taken address answers as for a new one and tells the owner over SMTP, in their language', async () => {
    const again = await call('POST', '/api/auth/sign-up/email', {
      body: { name: 'Someone', email: 'Elena@example.es', password: 'Another-Orbit-77-Meadow', country: 'US', locale: 'en-US' },
    });
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ status: true, region: 'us-east' });
    for (let i = 0; i < 100 && received.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(received).toHaveLength(2);
    expect(received[1]!.to).toEqual(['elena@example.es']);
    const mail = await simpleParser(received[1]!.raw);
    expect(mail.subject).toBe('Alguien ha intentado crear una cuenta de CourseFlow con tu correo electrónico');
    expect(mail.text).toContain('/es/sign-in');
    expect(outbox()).toEqual([]);
  });
});
