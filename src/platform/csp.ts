import { allS3Configs, presignedOrigin } from '@/storage/s3-config';

/**
 * Where signed download URLs point when a region stores files in S3: the viewer fetches PDFs and
 * shows images from there (the bucket needs a CORS rule for the app's origin, see README). The
 * origin is the one the SDK presigns for (virtual-hosted or path style), not just the endpoint.
 */
function storageOrigins(): string[] {
  return [...new Set(allS3Configs().map(presignedOrigin))];
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
