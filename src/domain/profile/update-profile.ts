import { updateProfile as updateProfileRow } from '@/db/queries/profiles';
import type { UserContext } from '../context';
import { AppError } from '../errors';
import { recordActivity } from '@/db/queries/activity';
import { regionForCountry } from '@/platform/regions-config';
import { getProfile } from './get-profile';
import type { ProfileDto, ProfilePatch } from './schemas';

export async function updateProfile(ctx: UserContext, patch: ProfilePatch): Promise<ProfileDto> {
  // The country may be corrected, but the data region it chose at sign-up never changes.
  if (patch.country && regionForCountry(patch.country) !== ctx.region) {
    throw new AppError('REGION_CHANGE_NOT_ALLOWED', { details: [{ path: 'country', code: 'invalid' }] });
  }
  const finishing = patch.onboarding_step === 'done';
  const updated = await updateProfileRow(ctx.tx, ctx.userId, {
    country: patch.country,
    onboardingStep: patch.onboarding_step,
    ...(finishing ? { onboardedAt: new Date() } : {}),
    fullName: patch.full_name,
    university: patch.university,
    preferredLocale: patch.preferred_locale,
    timezone: patch.timezone,
    academicSystem: patch.academic_system,
  });
  if (!updated) throw new AppError('NOT_FOUND');
  if (finishing) await recordActivity(ctx.tx, 'onboarding.completed', null);
  return getProfile(ctx);
}
