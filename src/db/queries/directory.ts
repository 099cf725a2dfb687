// email HMAC → home region. The key lives in configuration; the directory never sees an email.
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { env } from '@/platform/env';
import type { DirectoryDb } from '../client';
import { accountDirectory } from '../directory-schema';

export function emailHmac(email: string): string {
  return createHmac('sha256', env.DIRECTORY_HMAC_KEY).update(email.trim().toLowerCase()).digest('base64url');
}

export async function findAccountRegion(db: DirectoryDb, email: string): Promise<{ region: string; userId: string } | undefined> {
  const [row] = await db
    .select({ region: accountDirectory.region, userId: accountDirectory.userId })
    .from(accountDirectory)
    .where(eq(accountDirectory.emailHmac, emailHmac(email)));
  return row;
}

/** Claims the email for a region; false when another account already holds it. */
export async function registerAccount(db: DirectoryDb, input: { email: string; userId: string; region: string }): Promise<boolean> {
  const rows = await db
    .insert(accountDirectory)
    .values({ emailHmac: emailHmac(input.email), userId: input.userId, region: input.region })
    .onConflictDoNothing()
    .returning({ userId: accountDirectory.userId });
  return rows.length === 1;
}

export async function removeAccount(db: DirectoryDb, userId: string): Promise<void> {
  await db.delete(accountDirectory).where(eq(accountDirectory.userId, userId));
}
