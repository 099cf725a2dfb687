// Better Auth answers with its own error codes; domain code speaks AppError.
import { APIError } from 'better-auth/api';
import { AppError, type ErrorCode } from '../errors';

const MAP: Record<string, ErrorCode> = {
  USER_ALREADY_EXISTS: 'EMAIL_TAKEN',
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: 'EMAIL_TAKEN',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  INVALID_EMAIL_OR_PASSWORD: 'INVALID_CREDENTIALS',
  INVALID_PASSWORD: 'INVALID_CREDENTIALS',
  CREDENTIAL_ACCOUNT_NOT_FOUND: 'INVALID_CREDENTIALS',
  EMAIL_NOT_VERIFIED: 'EMAIL_NOT_VERIFIED',
  INVALID_TOKEN: 'INVALID_TOKEN',
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  PASSWORD_TOO_SHORT: 'WEAK_PASSWORD',
  PASSWORD_TOO_LONG: 'WEAK_PASSWORD',
  ACCOUNT_IN_OTHER_REGION: 'ACCOUNT_IN_OTHER_REGION',
  INVALID_EMAIL: 'VALIDATION_FAILED',
};

export async function authCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof APIError) {
      const code = (e.body as { code?: string } | undefined)?.code ?? '';
      const mapped = MAP[code];
      if (mapped) throw new AppError(mapped, { cause: e });
      if (e.statusCode === 401) throw new AppError('UNAUTHENTICATED', { cause: e });
    }
    throw e;
  }
}
