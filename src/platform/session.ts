// Resolves the caller's session in their home region without searching the cells: a bearer token
// carries its region as a prefix (`<region>:<token>`), a cookie carries it in its name.
import { env } from './env';
import { getAuth } from './auth/better-auth';
import { isRegionId } from './regions-config';

export type ResolvedSession = {
  userId: string;
  region: string;
  sessionId: string;
  sessionToken: string;
  user: { id: string; name: string; email: string; emailVerified: boolean };
};

const COOKIE_RE = /(?:^|;\s*)(?:__Secure-)?cf-([a-z0-9-]+)\.session_token=/g;

export function bearerToken(region: string, token: string): string {
  return `${region}:${token}`;
}

/** The region a request's credentials name, and the headers to hand to that region's Better Auth. */
export function credentialRegion(headers: Headers): { region: string; headers: Headers } | null {
  const authz = headers.get('authorization');
  if (authz?.toLowerCase().startsWith('bearer ')) {
    const value = authz.slice(7).trim();
    const sep = value.indexOf(':');
    const region = value.slice(0, sep);
    if (sep <= 0 || !isRegionId(region)) return null;
    return { region, headers: new Headers({ authorization: `Bearer ${value.slice(sep + 1)}` }) };
  }
  const cookie = headers.get('cookie');
  if (!cookie) return null;
  for (const m of cookie.matchAll(COOKIE_RE)) {
    if (isRegionId(m[1]!)) return { region: m[1]!, headers: new Headers({ cookie }) };
  }
  return null;
}

export async function resolveSession(headers: Headers): Promise<ResolvedSession | null> {
  const cred = credentialRegion(headers);
  if (!cred) return null;
  const auth = getAuth(cred.region);
  const result = await auth.api.getSession({ headers: cred.headers, query: { disableRefresh: false } }).catch(() => null);
  if (!result) return null;
  const { session, user } = result;
  if (Date.now() - new Date(session.createdAt).getTime() > env.SESSION_MAX_DAYS * 86_400_000) {
    // Past the absolute lifetime: end it however recently it was used.
    await (await auth.$context).internalAdapter.deleteSession(session.token);
    return null;
  }
  return {
    userId: user.id,
    region: cred.region,
    sessionId: session.id,
    sessionToken: session.token,
    user: { id: user.id, name: user.name, email: user.email, emailVerified: user.emailVerified },
  };
}
