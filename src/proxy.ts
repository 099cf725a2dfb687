// Locale detection and the page CSP. Never an auth check: every page and API route checks the
// session itself.
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from './platform/csp';
import { env } from './platform/env';
import { isLocale, localeForCountry, matchAcceptLanguage } from './i18n/locales';
import { routing } from './i18n/routing';

const handleI18nRouting = createMiddleware(routing);

function geoCountry(request: NextRequest): string | undefined {
  return (
    request.headers.get('x-vercel-ip-country') ??
    request.headers.get('cf-ipcountry') ??
    env.DEV_GEO_COUNTRY ??
    undefined
  )?.toUpperCase();
}

export default function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy(nonce, !env.isProduction);
  request.headers.set('x-nonce', nonce);
  request.headers.set('content-security-policy', csp);
  const country = geoCountry(request);
  if (country) request.headers.set('x-courseflow-country', country);

  // Detection order: path → cookie → Accept-Language (next-intl) → country header (here).
  // An Accept-Language naming none of our locales (or `*`) says nothing; the country then decides.
  const first = request.nextUrl.pathname.split('/')[1];
  const hasPreference = request.cookies.has('NEXT_LOCALE') || matchAcceptLanguage(request.headers.get('accept-language')) !== undefined;
  let response: NextResponse;
  const fromCountry = !isLocale(first) && !hasPreference ? localeForCountry(country) : undefined;
  if (fromCountry) {
    const url = request.nextUrl.clone();
    url.pathname = `/${fromCountry}${request.nextUrl.pathname === '/' ? '' : request.nextUrl.pathname}`;
    response = NextResponse.redirect(url);
  } else {
    response = handleI18nRouting(request);
  }
  response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  // Everything except the API (Hono answers it), Next internals and files with an extension.
  matcher: ['/((?!api|[a-zA-Z]{2}(?:-[a-zA-Z]{2})?/api|_next|_vercel|.*\\..*).*)'],
};
