// Any S3-compatible service (AWS S3, Supabase Storage, Cloudflare R2, MinIO), one bucket per region.
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  NotFound,
  PutObjectCommand,
  S3Client,
  paginateListObjectsV2,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { assertSafeKey, contentDisposition, isObjectKey, type ObjectStorage, type StoredObject, type UnfinishedWrite } from './object-storage';
import { usesPathStyle, type S3StorageConfig } from './s3-config';
import { instanceId } from './temp-uploads';

export type { S3StorageConfig } from './s3-config';

export function createS3Storage(config: S3StorageConfig): ObjectStorage {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: usesPathStyle(config),
    credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
  });
  const Bucket = config.bucket;
  /** Multipart uploads never completed, of one key or of the whole bucket. Services without the listing (s3rver) have none to show. */
  async function* unfinished(prefix?: string): AsyncGenerator<UnfinishedWrite> {
    try {
      let marker: { KeyMarker?: string; UploadIdMarker?: string } = {};
      for (;;) {
        const page = await client.send(new ListMultipartUploadsCommand({ Bucket, Prefix: prefix, ...marker }));
        for (const u of page.Uploads ?? []) {
          if (u.Key && u.UploadId && isObjectKey(u.Key) && (!prefix || u.Key === prefix)) yield { key: u.Key, startedAt: u.Initiated ?? new Date(0), id: u.UploadId };
        }
        if (!page.IsTruncated) return;
        marker = { KeyMarker: page.NextKeyMarker, UploadIdMarker: page.NextUploadIdMarker };
      }
    } catch (err) {
      if ((err as { name?: string }).name !== 'NotImplemented') throw err;
    }
  }
  const abort = (w: UnfinishedWrite) => client.send(new AbortMultipartUploadCommand({ Bucket, Key: w.key, UploadId: w.id })).then(() => undefined);
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
    async discard(key) {
      assertSafeKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
      for await (const w of unfinished(key)) await abort(w);
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
    async *listObjects(): AsyncGenerator<StoredObject> {
      for await (const page of paginateListObjectsV2({ client }, { Bucket })) {
        for (const o of page.Contents ?? []) if (o.Key && isObjectKey(o.Key)) yield { key: o.Key, modifiedAt: o.LastModified ?? new Date() };
      }
    },
    listUnfinished: () => unfinished(),
    abortUnfinished: abort,
    async check() {
      // A write, not a HEAD: a bucket that answers but refuses writes (quota, permissions) is down.
      const Key = `.ready-probe-${instanceId}-${randomUUID().slice(0, 8)}`;
      await client.send(new PutObjectCommand({ Bucket, Key, Body: 'ok', ContentType: 'text/plain' }));
      await client.send(new DeleteObjectCommand({ Bucket, Key }));
    },
  };
}
