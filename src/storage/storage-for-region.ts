// Picks each region's object store from configuration: S3_<REGION>_BUCKET switches that region to an
// S3-compatible service; otherwise its objects live in DATA_DIR/storage/<region>. A region's files
// are only ever written to that region's store.
import path from 'node:path';
import { env, regionEnvKey } from '@/platform/env';
import { regionIds } from '@/platform/regions-config';
import { createLocalStorage } from './local-storage';
import type { ObjectStorage } from './object-storage';
import { createS3Storage } from './s3-storage';

const stores = new Map<string, ObjectStorage>();

function create(region: string): ObjectStorage {
  const v = (name: string) => env.regionVars[`S3_${regionEnvKey(region)}_${name}`];
  const bucket = v('BUCKET');
  if (!bucket) return createLocalStorage(path.join(env.DATA_DIR, 'storage', region));
  return createS3Storage({
    bucket,
    region: v('REGION') ?? 'auto',
    endpoint: v('ENDPOINT'),
    accessKeyId: v('ACCESS_KEY_ID'),
    secretAccessKey: v('SECRET_ACCESS_KEY'),
    forcePathStyle: v('FORCE_PATH_STYLE') === undefined ? undefined : v('FORCE_PATH_STYLE') === 'true',
  });
}

export function storageFor(region: string): ObjectStorage {
  if (!regionIds.includes(region)) throw new Error(`unknown region ${region}`);
  let store = stores.get(region);
  if (!store) stores.set(region, (store = create(region)));
  return store;
}
