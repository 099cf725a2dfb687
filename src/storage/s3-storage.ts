// Any S3-compatible service (AWS S3, Supabase Storage, Cloudflare R2, MinIO), one bucket per region.
import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, S3Client, NotFound } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Readable } from 'node:stream';
import { assertSafeKey, contentDisposition, type ObjectStorage } from './object-storage';
import { usesPathStyle, type S3StorageConfig } from './s3-config';

export type { S3StorageConfig } from './s3-config';

export function createS3Storage(config: S3StorageConfig): ObjectStorage {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: usesPathStyle(config),
    credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
  });
  const Bucket = config.bucket;
  const body = async (key: string) => {
    assertSafeKey(key);
    const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
    return out.Body as Readable;
  };
  return {
    driver: 's3',
    location: `s3://${Bucket}${config.endpoint ? ` at ${config.endpoint}` : ''}`,
    async put(key, stream, contentType) {
      assertSafeKey(key);
      // Multipart upload in 8 MB parts: memory stays bounded whatever the file size.
      await new Upload({ client, params: { Bucket, Key: key, Body: stream, ContentType: contentType }, partSize: 8 * 1024 * 1024, queueSize: 2 }).done();
    },
    get: body,
    async read(key) {
      const chunks: Buffer[] = [];
      for await (const chunk of await body(key)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    async delete(key) {
      assertSafeKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async exists(key) {
      assertSafeKey(key);
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return true;
      } catch (err) {
        if (err instanceof NotFound || (err as { name?: string }).name === 'NotFound') return false;
        throw err;
      }
    },
    async signedDownloadUrl(key, o) {
      assertSafeKey(key);
      const command = new GetObjectCommand({
        Bucket,
        Key: key,
        ResponseContentType: o.contentType,
        ResponseContentDisposition: contentDisposition(o.fileName, o.inline),
      });
      return getSignedUrl(client, command, { expiresIn: o.expiresInSeconds });
    },
    async check() {
      await client.send(new HeadBucketCommand({ Bucket }));
    },
  };
}
