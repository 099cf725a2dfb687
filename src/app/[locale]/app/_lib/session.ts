import 'server-only';
import { cache } from 'react';
import { AppError } from '@/domain/errors';
import { getPageSession, type PageSession } from '@/platform/page-session';

/** The student's region, whose database can't be reached: the layout shows the outage page. */
export type RegionOutage = { outage: string };

/**
 * The signed-in session, looked up once per request however many layouts and pages ask. During an
 * outage the layout renders the outage page in place of the page, and pages render nothing (Next
 * renders a page alongside its layout, so a page that threw would still fail the response).
 */
export const getAppSession = cache(async (): Promise<PageSession | RegionOutage | null> => {
  try {
    return await getPageSession();
  } catch (err) {
    if (err instanceof AppError && err.code === 'REGION_UNAVAILABLE') return { outage: String(err.options.params?.region ?? '') };
    throw err;
  }
});

export function isOutage(session: PageSession | RegionOutage | null): session is RegionOutage {
  return session !== null && 'outage' in session;
}
