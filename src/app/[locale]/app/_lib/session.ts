import 'server-only';
import { cache } from 'react';
import { getPageSession } from '@/platform/page-session';

/** The signed-in session, looked up once per request however many layouts and pages ask. */
export const getAppSession = cache(getPageSession);
