// Session lookup for server components: the same resolution the API uses, from the request's cookies.
import 'server-only';
import { headers } from 'next/headers';
import { resolveSession, type ResolvedSession } from './session';

export type PageSession = ResolvedSession;

export async function getPageSession(): Promise<PageSession | null> {
  return resolveSession(await headers());
}
