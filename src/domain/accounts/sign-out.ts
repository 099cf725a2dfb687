import { getAuth } from '@/platform/auth/better-auth';
import { credentialRegion } from '@/platform/session';
import { AppError } from '../errors';

/** Ends this session (or, with everywhere, every session of the user) and clears the cookie. */
export async function signOut(requestHeaders: Headers, everywhere: boolean) {
  const cred = credentialRegion(requestHeaders);
  if (!cred) throw new AppError('UNAUTHENTICATED');
  const auth = getAuth(cred.region);
  const current = await auth.api.getSession({ headers: cred.headers }).catch(() => null);
  if (!current) throw new AppError('UNAUTHENTICATED');
  const ctx = await auth.$context;
  if (everywhere) await ctx.internalAdapter.deleteUserSessions(current.user.id);
  else await ctx.internalAdapter.deleteSession(current.session.token);
  // Clear the cookie through Better Auth so name and attributes match how it was set.
  const cleared = requestHeaders.get('cookie')
    ? await auth.api.signOut({ headers: cred.headers, returnHeaders: true }).catch(() => null)
    : null;
  return { headers: cleared?.headers ?? new Headers(), body: { status: true as const } };
}
