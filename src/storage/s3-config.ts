// Each region's S3 settings, read in one place for the store and for the page CSP, which must name
// the exact origin the store's presigned URLs point at (the PDF viewer fetches them, images load
// from them). No SDK import here: the CSP is built in the Next.js proxy on every page request.
import { env, regionEnvKey } from '@/platform/env';

export type S3StorageConfig = {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
};

/** S3_<KEY>_BUCKET and its companions, or null when that region keeps files in a local folder. */
function configForKey(key: string): S3StorageConfig | null {
  const v = (name: string) => env.regionVars[`S3_${key}_${name}`];
  const bucket = v('BUCKET');
  if (!bucket) return null;
  return {
    bucket,
    region: v('REGION') ?? 'auto',
    endpoint: v('ENDPOINT'),
    accessKeyId: v('ACCESS_KEY_ID'),
    secretAccessKey: v('SECRET_ACCESS_KEY'),
    forcePathStyle: v('FORCE_PATH_STYLE') === undefined ? undefined : v('FORCE_PATH_STYLE') === 'true',
  };
}

export function s3ConfigFor(region: string): S3StorageConfig | null {
  return configForKey(regionEnvKey(region));
}

/** Every configured bucket, whatever region it belongs to. */
export function allS3Configs(): S3StorageConfig[] {
  return Object.keys(env.regionVars)
    .map((k) => k.match(/^S3_(.+)_BUCKET$/)?.[1])
    .filter((k): k is string => !!k)
    .map((k) => configForKey(k)!)
    .filter(Boolean);
}

/** Path-style URLs (`host/bucket/key`) unless told otherwise when an endpoint is set: most S3-compatible services want them. */
export function usesPathStyle(c: S3StorageConfig): boolean {
  return c.forcePathStyle ?? Boolean(c.endpoint);
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The SDK's test for a bucket name that can be a host label (aws `isVirtualHostableS3Bucket`). */
function hostable(bucket: string, allowDots: boolean): boolean {
  if (allowDots) return bucket.split('.').every((label) => hostable(label, false));
  return /^(?!-)[a-z0-9-]{3,63}(?<!-)$/.test(bucket) && !IPV4.test(bucket);
}

/**
 * The origin presigned URLs for this bucket point at, by the SDK's endpoint rules: virtual-hosted
 * (`bucket.host`) when the name allows it and path style is not forced, else the service host.
 * s3-config.test.ts checks it against the SDK's own presigner.
 */
export function presignedOrigin(c: S3StorageConfig): string {
  const forcePathStyle = usesPathStyle(c);
  if (c.endpoint) {
    const url = new URL(c.endpoint);
    const ipHost = IPV4.test(url.hostname) || url.hostname.startsWith('[');
    const virtual = !forcePathStyle && !ipHost && (hostable(c.bucket, false) || (url.protocol === 'http:' && hostable(c.bucket, true)));
    return virtual ? `${url.protocol}//${c.bucket}.${url.host}` : url.origin;
  }
  const suffix = c.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  const service = `s3.${c.region}.${suffix}`;
  return !forcePathStyle && hostable(c.bucket, false) ? `https://${c.bucket}.${service}` : `https://${service}`;
}
