import type { getProfileWithUser } from '@/db/queries/profiles';
import { effectivePlan } from '../billing/plans';
import { maxUploadBytes } from '../billing/upload-limit';
import type { ProfileDto } from './schemas';

type Row = NonNullable<Awaited<ReturnType<typeof getProfileWithUser>>>;

export function toProfileDto({ profile, email, emailVerified, subscription }: Row): ProfileDto {
  const tier = effectivePlan(subscription);
  return {
    user_id: profile.userId,
    email,
    email_verified: emailVerified,
    full_name: profile.fullName,
    university: profile.university,
    avatar_url: profile.avatarUrl,
    preferred_locale: profile.preferredLocale as ProfileDto['preferred_locale'],
    country: profile.country,
    timezone: profile.timezone,
    academic_system: profile.academicSystem,
    region: profile.region,
    onboarded_at: profile.onboardedAt?.toISOString() ?? null,
    onboarding_step: (profile.onboardingStep as ProfileDto['onboarding_step']) ?? null,
    created_at: profile.createdAt.toISOString(),
    plan: { tier, max_upload_bytes: maxUploadBytes(tier) },
  };
}
