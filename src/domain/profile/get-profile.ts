import { getProfileWithUser } from '@/db/queries/profiles';
import type { UserContext } from '../context';
import { AppError } from '../errors';
import { toProfileDto } from './to-profile-dto';
import type { ProfileDto } from './schemas';

export async function getProfile(ctx: UserContext): Promise<ProfileDto> {
  const row = await getProfileWithUser(ctx.tx, ctx.userId);
  if (!row) throw new AppError('NOT_FOUND');
  return toProfileDto(row);
}
