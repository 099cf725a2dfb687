// Password rules and hashing. argon2id at OWASP's recommended minimum (19 MiB, 2 iterations,
// 1 lane; OWASP Password Storage Cheat Sheet), stronger than Better Auth's scrypt default.
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
/** zxcvbn score (0–4) below which a password is refused: it matches a common password or pattern. */
const MIN_SCORE = 2;

// Algorithm is an ambient const enum (not importable under isolatedModules); 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;
const ARGON2 = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** True when the password meets the length rules and is not a common or easily guessed one. */
export function isAcceptablePassword(password: string, userInputs: string[] = []): boolean {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return false;
  // Each part of an email or name counts as a guessable word (lena.schmidt@uni.de → lena, schmidt, …).
  const words = userInputs.flatMap((s) => [s, ...s.toLowerCase().split(/[^\p{L}\p{N}]+/u)]).filter((w) => w.length >= 3);
  return zxcvbn.check(password, words).score >= MIN_SCORE;
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
