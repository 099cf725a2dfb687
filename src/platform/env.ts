// The one module that reads process.env. Everything else imports `env`.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Unset: loopback on the embedded default (a developer's machine), every interface otherwise. */
  HOST: z.string().optional(),
  APP_URL: z.url().optional(),
  DATA_DIR: z.string().default('.courseflow'),
  REGIONS_CONFIG: z.string().default('config/regions.json'),
  DATABASE_URL_DIRECTORY: z.string().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  AUTH_SECRET: z.string().min(32).optional(),
  DIRECTORY_HMAC_KEY: z.string().min(32).optional(),
  DATABASE_APP_PASSWORD: z.string().min(16).optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('CourseFlow <no-reply@courseflow.local>'),
  GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: z.string().optional(),
  GITHUB_CLIENT_ID: z.string().optional(),
  GITHUB_CLIENT_SECRET: z.string().optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default('SSO'),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  /** An operator's cap on the largest upload, below every plan's own limit (unset: the plans decide). */
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1).optional(),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  /** Bearer secret for /api/metrics; unset, only loopback requests may read it. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** The development outbox page (mail written to DATA_DIR/outbox, shown to loopback only); `npm start` sets it on the embedded default. */
  DEV_OUTBOX: bool,
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(100),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  UPLOAD_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  SESSION_IDLE_DAYS: z.coerce.number().int().min(1).max(30).default(7),
  SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ROLES: z.string().default('web,realtime,worker'),
  DEV_GEO_COUNTRY: z.string().length(2).optional(),
  SEED_DEMO: bool,
  CI: bool,
});

type Raw = z.infer<typeof schema>;

/** Per-region variables (DATABASE_URL_US_EAST, S3_EU_WEST_BUCKET, …) are keyed by the region id. */
export function regionEnvKey(regionId: string): string {
  return regionId.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

function loadSecrets(dataDir: string): { authSecret: string; hmacKey: string; dbPassword: string } {
  // Embedded/dev defaults: generated once and kept with the data so a restart keeps sessions valid.
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  mkdirSync(dataDir, { recursive: true });
  const secrets = {
    authSecret: randomBytes(32).toString('base64url'),
    hmacKey: randomBytes(32).toString('base64url'),
    dbPassword: randomBytes(24).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

function build(raw: Raw, source: NodeJS.ProcessEnv) {
  const dataDir = path.resolve(raw.DATA_DIR);
  const needGenerated = !raw.AUTH_SECRET || !raw.DIRECTORY_HMAC_KEY || !raw.DATABASE_APP_PASSWORD;
  if (needGenerated && raw.NODE_ENV === 'production' && raw.APP_URL?.startsWith('https://')) {
    throw new Error('AUTH_SECRET, DIRECTORY_HMAC_KEY and DATABASE_APP_PASSWORD must be set for a public deployment');
  }
  const generated = needGenerated ? loadSecrets(dataDir) : undefined;
  const regionVars: Record<string, string> = {};
  for (const [k, v] of Object.entries(source)) {
    if ((k.startsWith('DATABASE_URL_') || k.startsWith('S3_')) && v) regionVars[k] = v;
  }
  const embedded = !Object.keys(regionVars).some((k) => k.startsWith('DATABASE_URL_'));
  return {
    ...raw,
    HOST: raw.HOST ?? (embedded ? '127.0.0.1' : '0.0.0.0'),
    /** No DATABASE_URL_* set: the embedded PostgreSQL, i.e. a developer's own machine. */
    embedded,
    /** The outbox page is a developer's tool: development or an explicit DEV_OUTBOX, and never with real mail. */
    devOutbox: !raw.SMTP_URL && (raw.NODE_ENV === 'development' || raw.DEV_OUTBOX),
    AUTH_SECRET: raw.AUTH_SECRET ?? generated!.authSecret,
    DIRECTORY_HMAC_KEY: raw.DIRECTORY_HMAC_KEY ?? generated!.hmacKey,
    DATABASE_APP_PASSWORD: raw.DATABASE_APP_PASSWORD ?? generated!.dbPassword,
    roles: new Set(raw.ROLES.split(',').map((r) => r.trim())),
    regionVars,
    isProduction: raw.NODE_ENV === 'production',
  };
}

export type Env = ReturnType<typeof build>;

function parse(): Env {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return build(result.data, process.env);
}

export const env: Env = parse();
