import { getAuth } from '@/platform/auth/better-auth';
import { isAcceptablePassword } from '@/platform/auth/password';
import { isRegionId } from '@/platform/regions-config';
import { AppError } from '../errors';
import { authCall } from './auth-call';

export async function resetPassword(input: { token: string; region: string; newPassword: string }): Promise<{ status: true }> {
  if (!isRegionId(input.region)) throw new AppError('INVALID_TOKEN');
  if (!isAcceptablePassword(input.newPassword)) {
    throw new AppError('WEAK_PASSWORD', { details: [{ path: 'newPassword', code: 'invalid' }] });
  }
  await authCall(() => getAuth(input.region).api.resetPassword({ body: { token: input.token, newPassword: input.newPassword } }));
  return { status: true };
}
