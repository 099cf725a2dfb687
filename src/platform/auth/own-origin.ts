import { appUrl } from './better-auth';

/**
 * Whether a browser's Origin is ours: APP_URL's origin, or the origin the request was addressed to
 * (`requestOrigin`, its scheme and Host). "null" (sandboxed or opaque documents) never is.
 * The CSRF check of cookie-authenticated writes and the realtime upgrade both ask this.
 */
export function isOwnOrigin(origin: string, requestOrigin: string): boolean {
  return origin !== 'null' && (origin === new URL(appUrl()).origin || origin === requestOrigin);
}
