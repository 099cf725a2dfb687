// Entry for every API request: strips internal headers a client might forge, records the trusted
// client IP, and turns /{locale}/api/... into /api/... answered in that locale.
import { isLocale } from '@/i18n/locales';
import { CLIENT_IP_HEADER, HINT_LOCALE, INTERNAL_HEADERS } from '@/platform/auth/headers';
import { clientIp } from '@/platform/client-ip';
import { createApi } from './app';

let api: ReturnType<typeof createApi> | undefined;

const LOCALE_API = /^\/([A-Za-z]{2}(?:-[A-Za-z]{2})?)(\/api(?:\/|$).*)$/;

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/') || LOCALE_API.test(pathname);
}

export async function handleApiRequest(request: Request, remoteAddress?: string): Promise<Response> {
  api ??= createApi();
  const url = new URL(request.url);
  const headers = new Headers(request.headers);
  for (const h of INTERNAL_HEADERS) headers.delete(h);
  headers.set(CLIENT_IP_HEADER, clientIp(request.headers.get('x-forwarded-for'), remoteAddress));
  const m = url.pathname.match(LOCALE_API);
  if (m && isLocale(m[1])) {
    url.pathname = m[2]!;
    headers.set(HINT_LOCALE, m[1]);
  }
  const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers, body: request.body, duplex: 'half', signal: request.signal };
  return api.fetch(new Request(url, init));
}
