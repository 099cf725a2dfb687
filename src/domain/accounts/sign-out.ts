import { getAuth } from '@/platform/auth/better-auth';
import { credentialRegion, resolveSession } from '@/platform/session';
import { AppError } from '../errors';

/** Ends this session (or, with everywhere, every session of the user) and clears the cookie. */
export async function signOut(requestHeaders: Headers, everywhere: boolean) {
  const current = await resolveSession(requestHeaders);
  const cred = credentialRegion(requestHeaders);
  if (!current || !cred) throw new AppError('UNAUTHENTICATED');
  const auth = getAuth(current.region);
  // Clear the cookie through Better Auth so name and attributes match how it was set.
  const cleared = requestHeaders.get('cookie')
    ? await auth.api.signOut({ headers: cred.headers, returnHeaders: true }).catch(() => null)
    : null;
  const ctx = await auth.$context;
  if (everywhere) await ctx.internalAdapter.deleteUserSessions(current.userId);
  else await ctx.internalAdapter.deleteSession(current.sessionToken);
  return { headers: cleared?.headers ?? new Headers(), body: { status: true as const } };
}
