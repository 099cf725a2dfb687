import { eq } from 'drizzle-orm';
import type { Tx } from '../client';
import { authUser, profiles } from '../schema';

export type ProfileRow = typeof profiles.$inferSelect;
export type NewProfile = typeof profiles.$inferInsert;

export async function insertProfile(tx: Tx, profile: NewProfile): Promise<void> {
  await tx.insert(profiles).values(profile).onConflictDoNothing();
}

export async function getProfileWithUser(tx: Tx, userId: string) {
  const [row] = await tx
    .select({ profile: profiles, email: authUser.email, emailVerified: authUser.emailVerified })
    .from(profiles)
    .innerJoin(authUser, eq(authUser.id, profiles.userId))
    .where(eq(profiles.userId, userId));
  return row;
}

export async function updateProfile(
  tx: Tx,
  userId: string,
  patch: Partial<Pick<NewProfile, 'fullName' | 'university' | 'preferredLocale' | 'timezone' | 'academicSystem' | 'avatarUrl'>>,
): Promise<ProfileRow | undefined> {
  const [row] = await tx
    .update(profiles)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(profiles.userId, userId))
    .returning();
  return row;
}

export async function findPreferredLocale(tx: Tx, by: { email: string }): Promise<string | undefined> {
  const [row] = await tx
    .select({ locale: profiles.preferredLocale })
    .from(profiles)
    .innerJoin(authUser, eq(authUser.id, profiles.userId))
    .where(eq(authUser.email, by.email.trim().toLowerCase()));
  return row?.locale;
}
