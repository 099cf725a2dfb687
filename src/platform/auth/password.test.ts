import { describe, expect, it } from 'vitest';
import { hashPassword, isAcceptablePassword, verifyPassword } from './password';

describe('password policy and hashing', () => {
  it('refuses short, overly long and common passwords and accepts strong ones', () => {
    expect(isAcceptablePassword('Ab1!xyz')).toBe(false);
    expect(isAcceptablePassword('password123')).toBe(false);
    expect(isAcceptablePassword('qwertyuiop')).toBe(false);
    expect(isAcceptablePassword('iloveyou2024')).toBe(false);
    expect(isAcceptablePassword('x'.repeat(129))).toBe(false);
    expect(isAcceptablePassword('Lantern-Orbit-42-Meadow')).toBe(true);
    expect(isAcceptablePassword('correct horse battery staple tree')).toBe(true);
    expect(isAcceptablePassword('a'.repeat(40) + 'Z9!kq')).toBe(true);
  });

  it('refuses a password built from the user’s own email or name', () => {
    expect(isAcceptablePassword('lenaschmidt', ['lena.schmidt@uni.de', 'Lena Schmidt'])).toBe(false);
    expect(isAcceptablePassword('lenaschmidt')).toBe(true);
  });

  it('hashes with argon2id at OWASP parameters and verifies', async () => {
    const h = await hashPassword('Lantern-Orbit-42-Meadow');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword({ hash: h, password: 'Lantern-Orbit-42-Meadow' })).toBe(true);
    expect(await verifyPassword({ hash: h, password: 'lantern-orbit-42-meadow' })).toBe(false);
    expect(await verifyPassword({ hash: 'not-a-hash', password: 'x' })).toBe(false);
  });
});
