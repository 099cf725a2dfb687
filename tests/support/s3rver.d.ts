// s3rver ships no types; this is the part the storage tests use.
declare module 's3rver' {
  import type { AddressInfo } from 'node:net';
  export default class S3rver {
    constructor(options: {
      port?: number;
      address?: string;
      silent?: boolean;
      directory: string;
      /** The host suffix virtual-hosted requests use (`<bucket>.s3.<serviceEndpoint>`); default amazonaws.com. */
      serviceEndpoint?: string;
      configureBuckets?: { name: string; configs: unknown[] }[];
    });
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
