// Entry for every API request. The trusted client IP and a /{locale}/api prefix travel to the
// app as bindings, not headers, so the common request is passed through untouched. A request is
// rebuilt only when its path carries a locale or it forged one of our internal headers.
import { isLocale, type Locale } from '@/i18n/locales';
import { INTERNAL_HEADERS } from '@/platform/auth/headers';
import { clientIp } from '@/platform/client-ip';
import { createApi } from './app';

let api: ReturnType<typeof createApi> | undefined;

const LOCALE_API = /^\/([A-Za-z]{2}(?:-[A-Za-z]{2})?)(\/api(?:\/|$).*)$/;

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/') || LOCALE_API.test(pathname);
}

export async function handleApiRequest(request: Request, remoteAddress?: string): Promise<Response> {
  api ??= createApi();
  const ip = clientIp(request.headers.get('x-forwarded-for'), remoteAddress);
  const url = new URL(request.url);
  const m = url.pathname.match(LOCALE_API);
  const localeHint: Locale | undefined = m && isLocale(m[1]) ? m[1] : undefined;
  const forged = INTERNAL_HEADERS.some((h) => request.headers.has(h));
  if (!localeHint && !forged) return api.fetch(request, { clientIp: ip });

  const headers = new Headers(request.headers);
  for (const h of INTERNAL_HEADERS) headers.delete(h);
  if (localeHint) url.pathname = m![2]!;
  const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers, body: request.body, duplex: 'half', signal: request.signal };
  return api.fetch(new Request(url, init), { clientIp: ip, localeHint });
}
