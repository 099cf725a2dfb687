import { env } from './env';

/** Which OAuth buttons to show: only providers whose credentials are configured. */
export function getAuthProviders(): { google: boolean; github: boolean; oidc: { name: string } | null } {
  return {
    google: Boolean(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET),
    github: Boolean(env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET),
    oidc: env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET ? { name: env.OIDC_NAME } : null,
  };
}
