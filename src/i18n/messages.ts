// Catalogs are split per feature namespace; English (en-US) is the source catalog.
import type { Locale } from './locales';

export const namespaces = ['common', 'landing', 'auth', 'app', 'settings', 'errors', 'email', 'onboarding', 'courses', 'dashboard', 'files'] as const;
export type Namespace = (typeof namespaces)[number];

type Source = {
  common: typeof import('./messages/en-US/common.json');
  landing: typeof import('./messages/en-US/landing.json');
  auth: typeof import('./messages/en-US/auth.json');
  app: typeof import('./messages/en-US/app.json');
  settings: typeof import('./messages/en-US/settings.json');
  errors: typeof import('./messages/en-US/errors.json');
  email: typeof import('./messages/en-US/email.json');
  onboarding: typeof import('./messages/en-US/onboarding.json');
  courses: typeof import('./messages/en-US/courses.json');
  dashboard: typeof import('./messages/en-US/dashboard.json');
  files: typeof import('./messages/en-US/files.json');
};
export type Messages = Source;

const cache = new Map<Locale, Messages>();
const nsCache = new Map<string, unknown>();

/** One namespace only: what server code (errors, emails) needs without loading every catalog. */
export async function loadNamespace<N extends Namespace>(locale: Locale, ns: N): Promise<Pick<Messages, N>> {
  const key = `${locale}/${ns}`;
  if (!nsCache.has(key)) nsCache.set(key, (await import(`./messages/${locale}/${ns}.json`)).default);
  return { [ns]: nsCache.get(key) } as Pick<Messages, N>;
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  const hit = cache.get(locale);
  if (hit) return hit;
  const entries = await Promise.all(
    namespaces.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const),
  );
  const messages = Object.fromEntries(entries) as Messages;
  cache.set(locale, messages);
  return messages;
}
