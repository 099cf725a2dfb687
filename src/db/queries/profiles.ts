import { eq, sql, type SQL } from 'drizzle-orm';
import { queryPrepared, type Tx } from '../client';
import { authUser, profiles } from '../schema';
import type { SubscriptionPlan } from './billing';

export type ProfileRow = typeof profiles.$inferSelect;
export type NewProfile = typeof profiles.$inferInsert;

export async function insertProfile(tx: Tx, profile: NewProfile): Promise<void> {
  await tx.insert(profiles).values(profile).onConflictDoNothing();
}

/** The statement behind getProfileWithUser (the benchmark's bare server runs it too). */
export function profileWithUserQuery(userId: string): SQL {
  return sql`
    select p.user_id as "userId", p.full_name as "fullName", p.university, p.avatar_url as "avatarUrl",
      p.preferred_locale as "preferredLocale", p.country, p.timezone, p.academic_system as "academicSystem",
      p.region, p.onboarding_step as "onboardingStep", p.onboarded_at as "onboardedAt",
      p.created_at as "createdAt", p.updated_at as "updatedAt", u.email, u.email_verified as "emailVerified", s.tier, s.status
    from profiles p join auth_user u on u.id = p.user_id left join subscriptions s on s.user_id = p.user_id
    where p.user_id = ${userId}`;
}

/**
 * The profile with its account email and subscription. Every page and /api/me reads it, so it is
 * plain SQL: Drizzle's select builder measured ~0.2 ms of CPU per call here, most of the request's
 * budget.
 */
export async function getProfileWithUser(
  tx: Tx,
  userId: string,
): Promise<{ profile: ProfileRow; email: string; emailVerified: boolean; subscription: SubscriptionPlan | undefined } | undefined> {
  type Row = ProfileRow & { email: string; emailVerified: boolean; tier: SubscriptionPlan['tier'] | null; status: SubscriptionPlan['status'] | null };
  const rows = await queryPrepared<Row>(tx, profileWithUserQuery(userId));
  const row = rows[0];
  if (!row) return undefined;
  const { email, emailVerified, tier, status, ...profile } = row;
  // Timestamps arrive as Date from a request's prepared statement and as text through Drizzle's
  // driver elsewhere (service transactions); keep the row shape.
  const date = (v: unknown) => (v === null ? null : new Date(v as string | Date));
  return {
    profile: { ...profile, createdAt: date(profile.createdAt)!, updatedAt: date(profile.updatedAt)!, onboardedAt: date(profile.onboardedAt) },
    email,
    emailVerified,
    subscription: tier && status ? { tier, status } : undefined,
  };
}

export async function updateProfile(
  tx: Tx,
  userId: string,
  patch: Partial<Pick<NewProfile, 'fullName' | 'university' | 'preferredLocale' | 'timezone' | 'academicSystem' | 'avatarUrl' | 'country' | 'onboardingStep' | 'onboardedAt'>>,
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
