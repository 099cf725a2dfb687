// Rate limits per client IP: overall per instance in memory; auth endpoints in the directory
// database so the limit holds across every instance.
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { getDirectoryDb } from '@/db/client';
import { env } from './env';

const WINDOW_SECONDS = 60;

let overall: RateLimiterAbstract | undefined;
let upload: RateLimiterAbstract | undefined;
let auth: RateLimiterAbstract | undefined;

function limiters() {
  overall ??= new RateLimiterMemory({ keyPrefix: 'api', points: env.RATE_LIMIT_PER_MINUTE, duration: WINDOW_SECONDS });
  // A dropped folder is one request per file: uploads have their own, larger budget.
  upload ??= new RateLimiterMemory({ keyPrefix: 'upload', points: env.UPLOAD_RATE_LIMIT_PER_MINUTE, duration: WINDOW_SECONDS });
  auth ??= new RateLimiterPostgres({
    storeClient: getDirectoryDb().$client,
    tableName: 'rate_limits',
    tableCreated: true,
    keyPrefix: 'auth',
    points: env.AUTH_RATE_LIMIT_PER_MINUTE,
    duration: WINDOW_SECONDS,
    clearExpiredByTimeout: true,
  });
  return { overall, upload, auth };
}

/** Consumes one point; returns the seconds to wait when the limit is exceeded, else null. */
export async function consumeRateLimit(kind: 'overall' | 'upload' | 'auth', ip: string): Promise<number | null> {
  try {
    await limiters()[kind].consume(ip);
    return null;
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}
