// One Better Auth instance per regional cell, with its tables in that cell's database only.
// Each instance answers under /api/auth/<region>/… so links, callbacks and cookies name their region.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { betterAuth } from 'better-auth';
import { APIError } from 'better-auth/api';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { bearer, genericOAuth, magicLink } from 'better-auth/plugins';
import { getDb, getDirectoryDb, withServiceTx } from '@/db/client';
import { findAccountRegion, registerAccount } from '@/db/queries/directory';
import { findPreferredLocale, insertProfile } from '@/db/queries/profiles';
import { authAccount, authSession, authUser, authVerification } from '@/db/schema';
import { normalizeName } from '@/domain/text/normalize-text';
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales';
import { env } from '../env';
import { logger } from '../logger';
import { sendAuthMail } from '../mail';
import { regionsConfig } from '../regions-config';
import { defaultAcademicSystem } from './academic-defaults';
import { CLIENT_IP_HEADER, HINT_COUNTRY, HINT_LOCALE, HINT_TIMEZONE } from './headers';
import { SESSION_UPDATE_AGE_S } from '../session';
import { PASSWORD_MAX, PASSWORD_MIN, hashPassword, verifyPassword } from './password';
import { quietAuthContexts } from './quiet-auth-contexts';

export const MAGIC_LINK_TTL_SECONDS = 10 * 60;
export const RESET_TOKEN_TTL_SECONDS = 60 * 60;

export function appUrl(): string {
  return env.APP_URL ?? `http://localhost:${env.PORT}`;
}

export function authBasePath(region: string): string {
  return `/api/auth/${region}`;
}

export function cookiePrefix(region: string): string {
  return `cf-${region}`;
}

type HookContext = { headers?: Headers; request?: Request } | null | undefined;

function hint(ctx: HookContext, name: string): string | undefined {
  return (ctx?.headers ?? ctx?.request?.headers)?.get(name) ?? undefined;
}

function cookieValue(ctx: HookContext, name: string): string | undefined {
  const cookie = (ctx?.headers ?? ctx?.request?.headers)?.get('cookie') ?? '';
  const m = cookie.match(new RegExp(`(?:^|;\\s*)${name}=([^;]+)`));
  return m ? decodeURIComponent(m[1]!) : undefined;
}

/** The locale of a request: the hint our front doors set, else the locale cookie, else the default. */
function mailLocale(ctx: HookContext): Locale {
  const l = hint(ctx, HINT_LOCALE) ?? cookieValue(ctx, 'cf_signup_locale') ?? cookieValue(ctx, 'NEXT_LOCALE');
  return isLocale(l) ? l : defaultLocale;
}

const LOG_LEVELS = { trace: 'debug', debug: 'debug', info: 'info', warn: 'warn', error: 'error', fatal: 'error' } as const;

/** Better Auth's own messages (some quote the email they are about) go through our logger, which scrubs addresses. */
const authLogger = {
  disabled: env.LOG_LEVEL === 'silent',
  level: env.LOG_LEVEL === 'silent' ? 'error' : LOG_LEVELS[env.LOG_LEVEL],
  log: (level: 'debug' | 'info' | 'warn' | 'error', message: string, ...args: unknown[]) => {
    const err = args.find((a) => a instanceof Error);
    const rest = args.filter((a) => a !== err);
    logger[level]({ source: 'better-auth', err, args: rest.length > 0 ? rest : undefined }, message);
  },
};

function socialProviders() {
  return {
    ...(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET
      ? { google: { clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET } }
      : {}),
    ...(env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET
      ? { github: { clientId: env.GITHUB_CLIENT_ID, clientSecret: env.GITHUB_CLIENT_SECRET } }
      : {}),
  };
}

function createAuth(region: string) {
  const db = getDb(region);
  /** Account mail speaks the student's profile language; a request's own locale is the fallback. */
  const userLocale = async (email: string, ctx: HookContext): Promise<Locale> => {
    const l = await withServiceTx(db, (tx) => findPreferredLocale(tx, { email }));
    return isLocale(l) ? l : mailLocale(ctx);
  };
  return betterAuth({
    appName: 'CourseFlow',
    baseURL: appUrl(),
    basePath: authBasePath(region),
    secret: env.AUTH_SECRET,
    logger: authLogger,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: authUser, session: authSession, account: authAccount, verification: authVerification },
    }),
    // Our own limiter (database-backed, keyed on the trusted client IP) guards every auth route.
    rateLimit: { enabled: false },
    trustedOrigins: [appUrl()],
    advanced: {
      cookiePrefix: cookiePrefix(region),
      // The browser keeps the cookie for the absolute lifetime; the idle timeout lives in the
      // session row, which session.ts slides forward as the session is used.
      cookies: { session_token: { attributes: { maxAge: env.SESSION_MAX_DAYS * 86_400 } } },
      useSecureCookies: appUrl().startsWith('https://'),
      database: { generateId: () => randomUUID() },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    session: {
      // Idle timeout: a session not used for SESSION_IDLE_DAYS ends; use extends it at most daily.
      // The absolute lifetime (SESSION_MAX_DAYS) is enforced in session.ts.
      expiresIn: env.SESSION_IDLE_DAYS * 86_400,
      updateAge: SESSION_UPDATE_AGE_S,
    },
    verification: { storeIdentifier: 'hashed' },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      // Sign-up answers no session: its answer must be the same for an address that has an account.
      autoSignIn: false,
      // Sign-up checks the directory first and tells an existing account's owner itself; this covers
      // a sign-up that lands in the owner's cell in the moment before the directory knows the address.
      onExistingUserSignUp: async ({ user }, request) => {
        const locale = await userLocale(user.email, { request });
        await sendAuthMail('accountExists', { to: user.email, name: user.name, url: `${appUrl()}/${locale}/sign-in`, locale });
      },
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: RESET_TOKEN_TTL_SECONDS,
      password: { hash: hashPassword, verify: verifyPassword },
      sendResetPassword: async ({ user, token }, request) => {
        const locale = await userLocale(user.email, { request });
        const url = `${appUrl()}/${locale}/reset-password?token=${encodeURIComponent(token)}&region=${region}`;
        await sendAuthMail('reset', { to: user.email, name: user.name, url, locale });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: false,
      expiresIn: 24 * 3600,
      sendVerificationEmail: async ({ user, url }, request) => {
        await sendAuthMail('verify', { to: user.email, name: user.name, url, locale: await userLocale(user.email, { request }) });
      },
    },
    socialProviders: socialProviders(),
    account: { accountLinking: { enabled: true, trustedProviders: ['google', 'github', 'oidc'] } },
    databaseHooks: {
      user: {
        create: {
          before: async (user) => {
            // An email belongs to exactly one region; OAuth in the wrong cell must not fork it.
            const existing = await findAccountRegion(getDirectoryDb(), user.email);
            if (existing) throw new APIError('UNPROCESSABLE_ENTITY', { message: 'ACCOUNT_IN_OTHER_REGION', code: 'ACCOUNT_IN_OTHER_REGION' });
            // An OAuth provider's name enters like a typed one: one line, no controls or bidi overrides (U+0000 failed the insert).
            return { data: { ...user, name: normalizeName(user.name).trim() } };
          },
          after: async (user, ctx) => {
            const country = (hint(ctx, HINT_COUNTRY) ?? cookieValue(ctx, 'cf_signup_country') ?? '').toUpperCase();
            const locale = mailLocale(ctx);
            const claimed = await registerAccount(getDirectoryDb(), { email: user.email, userId: user.id, region });
            if (!claimed) {
              await withServiceTx(db, (tx) => tx.delete(authUser).where(eq(authUser.id, user.id)));
              throw new APIError('CONFLICT', { message: 'EMAIL_TAKEN', code: 'EMAIL_TAKEN' });
            }
            await withServiceTx(db, (tx) =>
              insertProfile(tx, {
                userId: user.id,
                fullName: user.name,
                preferredLocale: locale,
                country: /^[A-Z]{2}$/.test(country) ? country : regionsConfig.regions.find((r) => r.id === region)!.countries[0]!,
                timezone: hint(ctx, HINT_TIMEZONE) ?? 'UTC',
                academicSystem: defaultAcademicSystem(country),
                region,
              }),
            );
          },
        },
      },
    },
    plugins: [
      bearer(),
      magicLink({
        expiresIn: MAGIC_LINK_TTL_SECONDS,
        storeToken: 'hashed',
        disableSignUp: true, // a new account needs a country, so it starts at sign-up
        sendMagicLink: async ({ email, url }, ctx) => {
          await sendAuthMail('magicLink', { to: email, name: email, url, locale: await userLocale(email, ctx as HookContext) });
        },
      }),
      ...(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
        ? [
            genericOAuth({
              config: [
                {
                  providerId: 'oidc',
                  discoveryUrl: `${env.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
                  clientId: env.OIDC_CLIENT_ID,
                  clientSecret: env.OIDC_CLIENT_SECRET,
                  scopes: ['openid', 'email', 'profile'],
                  pkce: true,
                },
              ],
            }),
          ]
        : []),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
const instances = new Map<string, Auth>();

export function getAuth(region: string): Auth {
  let auth = instances.get(region);
  if (!auth) {
    auth = quietAuthContexts(createAuth(region));
    instances.set(region, auth);
  }
  return auth;
}
