import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { describe, expect, it } from 'vitest';
import { presignedOrigin, usesPathStyle, type S3StorageConfig } from './s3-config';

// The page CSP allows exactly presignedOrigin(config); it must be where the SDK really points.
async function sdkOrigin(c: S3StorageConfig): Promise<string> {
  const client = new S3Client({
    region: c.region,
    endpoint: c.endpoint,
    forcePathStyle: usesPathStyle(c),
    credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
  });
  return new URL(await getSignedUrl(client, new GetObjectCommand({ Bucket: c.bucket, Key: 'user/file' }), { expiresIn: 60 })).origin;
}

const CASES: S3StorageConfig[] = [
  // AWS S3, no endpoint
  { bucket: 'cf-us-east', region: 'us-east-1' },
  { bucket: 'cf-eu-west', region: 'eu-west-1' },
  { bucket: 'cf-eu-west', region: 'eu-central-1', forcePathStyle: true },
  { bucket: 'courseflow.eu.files', region: 'eu-west-1' },
  { bucket: 'cf-files', region: 'cn-north-1' },
  { bucket: 'ab', region: 'us-west-2' },
  // Custom endpoints: R2, Supabase, MinIO, a loopback s3rver
  { bucket: 'cf-files', region: 'auto', endpoint: 'https://acct.r2.cloudflarestorage.com' },
  { bucket: 'cf-files', region: 'auto', endpoint: 'https://acct.r2.cloudflarestorage.com', forcePathStyle: false },
  { bucket: 'cf.files', region: 'auto', endpoint: 'https://acct.r2.cloudflarestorage.com', forcePathStyle: false },
  { bucket: 'cf-files', region: 'us-east-1', endpoint: 'https://project.supabase.co/storage/v1/s3' },
  { bucket: 'cf-files', region: 'us-east-1', endpoint: 'http://minio.internal:9000', forcePathStyle: false },
  { bucket: 'cf.files', region: 'us-east-1', endpoint: 'http://minio.internal:9000', forcePathStyle: false },
  { bucket: 'cf-files', region: 'us-east-1', endpoint: 'http://127.0.0.1:4569', forcePathStyle: false },
  { bucket: 'cf-files', region: 'us-east-1', endpoint: 'http://127.0.0.1:4569' },
];

describe('presignedOrigin', () => {
  it.each(CASES)('matches the SDK presigner for %o', async (c) => {
    expect(presignedOrigin(c)).toBe(await sdkOrigin(c));
  });
});
