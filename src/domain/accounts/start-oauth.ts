import { defaultLocale, type Locale } from '@/i18n/locales';
import { appUrl, authBasePath, getAuth } from '@/platform/auth/better-auth';
import { getAuthProviders } from '@/platform/auth-providers';
import { isRegionId, regionForCountry, regionsConfig } from '@/platform/regions-config';
import { AppError } from '../errors';
import { authCall } from './auth-call';

export const REGION_HINT_COOKIE = 'cf_region';
const SIGNUP_COUNTRY_COOKIE = 'cf_signup_country';
const SIGNUP_LOCALE_COOKIE = 'cf_signup_locale';
const OAUTH_WINDOW_SECONDS = 600;

/**
 * OAuth starts before the account's region is known. The region comes from, in order: the country
 * the student picked (register page), the region this browser last signed in to, the edge's geo
 * country, the default cell. The country rides along in a short-lived cookie scoped to that
 * region's callback (with the UI locale) so a new account's profile gets them.
 */
export async function startOAuth(input: {
  provider: 'google' | 'github' | 'oidc';
  locale?: Locale;
  country?: string;
  regionHint?: string;
  geoCountry?: string;
}) {
  const providers = getAuthProviders();
  const configured = input.provider === 'oidc' ? providers.oidc !== null : providers[input.provider];
  if (!configured) throw new AppError('PROVIDER_NOT_CONFIGURED');
  const region = input.country
    ? regionForCountry(input.country)
    : input.regionHint && isRegionId(input.regionHint)
      ? input.regionHint
      : input.geoCountry
        ? regionForCountry(input.geoCountry)
        : regionsConfig.defaultRegion;
  const locale = input.locale ?? defaultLocale;
  const result = await authCall(() =>
    getAuth(region).api.signInSocial({
      body: {
        provider: input.provider,
        callbackURL: `${appUrl()}/${locale}/app`,
        errorCallbackURL: `${appUrl()}/${locale}/sign-in`,
        disableRedirect: true,
      },
      headers: new Headers(),
      returnHeaders: true,
    }),
  );
  if (!result.response.url) throw new AppError('OAUTH_FAILED');
  const headers = new Headers(result.headers);
  const scoped = `Path=${authBasePath(region)}; Max-Age=${OAUTH_WINDOW_SECONDS}; HttpOnly; SameSite=Lax`;
  const country = input.country ?? input.geoCountry;
  if (country) headers.append('set-cookie', `${SIGNUP_COUNTRY_COOKIE}=${country}; ${scoped}`);
  headers.append('set-cookie', `${SIGNUP_LOCALE_COOKIE}=${locale}; ${scoped}`);
  return { headers, body: { url: result.response.url, region } };
}
