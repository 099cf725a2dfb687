import { updateProfile as updateProfileRow } from '@/db/queries/profiles';
import type { UserContext } from '../context';
import { AppError } from '../errors';
import { getProfile } from './get-profile';
import type { ProfileDto, ProfilePatch } from './schemas';

export async function updateProfile(ctx: UserContext, patch: ProfilePatch): Promise<ProfileDto> {
  const updated = await updateProfileRow(ctx.tx, ctx.userId, {
    fullName: patch.full_name,
    university: patch.university,
    preferredLocale: patch.preferred_locale,
    timezone: patch.timezone,
    academicSystem: patch.academic_system,
  });
  if (!updated) throw new AppError('NOT_FOUND');
  return getProfile(ctx);
}
