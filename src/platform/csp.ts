import { env } from './env';

/**
 * Where signed download URLs point when a region stores files in S3: the viewer fetches PDFs and
 * shows images from there (the bucket needs a CORS rule for the app's origin).
 */
function storageOrigins(): string[] {
  const origins = new Set<string>();
  for (const [key, bucket] of Object.entries(env.regionVars)) {
    const m = key.match(/^S3_(.+)_BUCKET$/);
    if (!m) continue;
    const endpoint = env.regionVars[`S3_${m[1]}_ENDPOINT`];
    const region = env.regionVars[`S3_${m[1]}_REGION`];
    if (endpoint) origins.add(new URL(endpoint).origin);
    else origins.add(`https://${bucket}.s3.${region ?? 'us-east-1'}.amazonaws.com`);
  }
  return [...origins];
}

/** Nonce-based CSP for pages. Development adds 'unsafe-eval' only because React's dev tooling needs it. */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  const storage = storageOrigins().map((o) => ` ${o}`).join('');
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${storage}`,
    "font-src 'self' data:",
    `connect-src 'self' ws: wss:${storage}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** API responses are data, never documents: nothing may load or frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";
