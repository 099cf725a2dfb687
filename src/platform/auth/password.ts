// Password rules and hashing. argon2id at OWASP's recommended minimum (19 MiB, 2 iterations,
// 1 lane; OWASP Password Storage Cheat Sheet), stronger than Better Auth's scrypt default.
import { hash, verify, Algorithm } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
/** zxcvbn score (0–4) below which a password is refused: it matches a common password or pattern. */
const MIN_SCORE = 2;

const ARGON2 = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** True when the password meets the length rules and is not a common or easily guessed one. */
export function isAcceptablePassword(password: string, userInputs: string[] = []): boolean {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return false;
  return zxcvbn.check(password, userInputs).score >= MIN_SCORE;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
