import { describe, expect, it } from 'vitest';
import { objectWriteError, tempWriteError } from './storage-errors';

const fsError = (code: string) => Object.assign(new Error(`${code}: write failed`), { code, syscall: 'write' });
const s3Error = (name: string, httpStatusCode: number) => Object.assign(new Error(name), { name, $fault: httpStatusCode >= 500 ? 'server' : 'client', $metadata: { httpStatusCode } });

describe('storage write errors', () => {
  it.each([
    ['ENOSPC', 'STORAGE_FULL', 'TEMP_SPACE_FULL'],
    ['EDQUOT', 'STORAGE_FULL', 'TEMP_SPACE_FULL'],
    ['EACCES', 'STORAGE_UNAVAILABLE', 'STORAGE_UNAVAILABLE'],
    ['EROFS', 'STORAGE_UNAVAILABLE', 'STORAGE_UNAVAILABLE'],
    ['EIO', 'STORAGE_UNAVAILABLE', 'STORAGE_UNAVAILABLE'],
    ['ENOENT', 'STORAGE_UNAVAILABLE', 'STORAGE_UNAVAILABLE'],
  ])('%s from the file system: %s in storage, %s in the temporary folder', (code, object, temp) => {
    expect(objectWriteError(fsError(code))?.code).toBe(object);
    expect(tempWriteError(fsError(code))?.code).toBe(temp);
    expect(objectWriteError(fsError(code))?.status).toBe(object === 'STORAGE_FULL' ? 507 : 503);
  });

  it('S3-compatible services: a full store, server errors, refusals and the network', () => {
    expect(objectWriteError(s3Error('XMinioStorageFull', 507))?.code).toBe('STORAGE_FULL');
    expect(objectWriteError(s3Error('InternalError', 500))?.code).toBe('STORAGE_UNAVAILABLE');
    expect(objectWriteError(s3Error('SlowDown', 503))?.code).toBe('STORAGE_UNAVAILABLE');
    expect(objectWriteError(s3Error('NoSuchBucket', 404))?.code).toBe('STORAGE_UNAVAILABLE');
    expect(objectWriteError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9000'), { code: 'ECONNREFUSED' }))?.code).toBe('STORAGE_UNAVAILABLE');
    // Wrapped (a stream's error as the cause of another).
    expect(objectWriteError(new Error('upload failed', { cause: fsError('ENOSPC') }))?.code).toBe('STORAGE_FULL');
  });

  it('a fault of ours stays unknown (a 500 that leaks nothing), never passed off as storage', () => {
    expect(objectWriteError(new Error('unsafe storage key: ../x'))).toBeNull();
    expect(objectWriteError(new TypeError('x is undefined'))).toBeNull();
    expect(tempWriteError(new Error('Unexpected end of form'))).toBeNull();
    // A client that resets its connection mid-upload is an incomplete upload, not a storage fault.
    expect(tempWriteError(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }))).toBeNull();
  });
});
