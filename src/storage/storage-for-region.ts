// Picks each region's object store from configuration: S3_<REGION>_BUCKET switches that region to an
// S3-compatible service; otherwise its objects live in DATA_DIR/storage/<region>. A region's files
// are only ever written to that region's store.
import path from 'node:path';
import { env } from '@/platform/env';
import { regionIds } from '@/platform/regions-config';
import { createLocalStorage } from './local-storage';
import type { ObjectStorage } from './object-storage';
import { s3ConfigFor } from './s3-config';
import { createS3Storage } from './s3-storage';

const stores = new Map<string, ObjectStorage>();

function create(region: string): ObjectStorage {
  const s3 = s3ConfigFor(region);
  return s3 ? createS3Storage(s3) : createLocalStorage(path.join(env.DATA_DIR, 'storage', region));
}

export function storageFor(region: string): ObjectStorage {
  if (!regionIds.includes(region)) throw new Error(`unknown region ${region}`);
  let store = stores.get(region);
  if (!store) stores.set(region, (store = create(region)));
  return store;
}
