// The browser's door to the REST API: same-origin JSON with the session cookie. Every failure
// becomes an ApiError carrying the server's code and its already localised message.
import type { Locale } from '@/i18n/locales';

export type FieldError = { path: string; code?: string; message: string };

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: FieldError[];
  readonly requestId: string | undefined;

  constructor(init: { code: string; status: number; message: string; details?: FieldError[]; requestId?: string }) {
    super(init.message);
    this.name = 'ApiError';
    this.code = init.code;
    this.status = init.status;
    this.details = init.details ?? [];
    this.requestId = init.requestId;
  }

  /** Field messages keyed by field name (`path`), the first message per field. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of this.details) {
      if (d.path && !(d.path in out)) out[d.path] = d.message;
    }
    return out;
  }
}

/** Status 0: the request never got an answer (offline, DNS, aborted). The message is left to the UI. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

type ErrorBody = { error?: { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown } };

function toFieldErrors(details: unknown): FieldError[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) => {
    if (!d || typeof d !== 'object') return [];
    const { path, code, message } = d as { path?: unknown; code?: unknown; message?: unknown };
    const name = Array.isArray(path) ? path.map(String).join('.') : typeof path === 'string' ? path : '';
    return typeof message === 'string' ? [{ path: name, message, ...(typeof code === 'string' ? { code } : {}) }] : [];
  });
}

export async function apiFetch<T>(
  path: string,
  options: { locale: Locale; method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown; signal?: AbortSignal },
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': options.locale };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: options.signal,
    });
  } catch {
    throw new ApiError({ code: NETWORK_ERROR, status: 0, message: '' });
  }
  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!response.ok) {
    const error = (data as ErrorBody | undefined)?.error;
    throw new ApiError({
      code: typeof error?.code === 'string' ? error.code : 'INTERNAL',
      status: response.status,
      message: typeof error?.message === 'string' ? error.message : '',
      details: toFieldErrors(error?.details),
      requestId: typeof error?.requestId === 'string' ? error.requestId : undefined,
    });
  }
  return data as T;
}
