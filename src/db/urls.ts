// Where each cell's database is: DATABASE_URL_<REGION> / DATABASE_URL_DIRECTORY when set, otherwise
// the embedded server whose port the bootstrap wrote to DATA_DIR/embedded.json.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { env, regionEnvKey } from '@/platform/env';

export const APP_ROLE = 'courseflow_app';
export const DIRECTORY = 'directory';

/** A target is a region id or DIRECTORY. */
export function databaseName(target: string): string {
  return `courseflow_${target.replace(/-/g, '_')}`;
}

export function embeddedSuperuserPassword(): string {
  return createHmac('sha256', env.AUTH_SECRET).update('embedded-postgres-superuser').digest('base64url');
}

export function configuredUrl(target: string): string | undefined {
  return env.regionVars[`DATABASE_URL_${regionEnvKey(target)}`];
}

export function adminUrl(target: string): string {
  const configured = configuredUrl(target);
  if (configured) return configured;
  const { port } = JSON.parse(readFileSync(path.join(env.DATA_DIR, 'embedded.json'), 'utf8')) as { port: number };
  return `postgres://postgres:${encodeURIComponent(embeddedSuperuserPassword())}@127.0.0.1:${port}/${databaseName(target)}`;
}

/** The same server and database, as the app's own non-superuser role. */
export function appUrl(target: string): string {
  const u = new URL(adminUrl(target));
  u.username = APP_ROLE;
  u.password = env.DATABASE_APP_PASSWORD;
  return u.toString();
}
