// Brings the data layer up: the embedded server when any cell has no configured URL, then
// databases, roles and migrations for every cell and the directory.
import { env } from '@/platform/env';
import { regionIds } from '@/platform/regions-config';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded';
import { provisionAll } from './provision';
import { DIRECTORY, configuredUrl, embeddedSuperuserPassword } from './urls';

export async function bootstrapDatabases(log: (m: string) => void): Promise<{ embedded?: EmbeddedServer }> {
  const needsEmbedded = [DIRECTORY, ...regionIds].some((t) => !configuredUrl(t));
  let embedded: EmbeddedServer | undefined;
  if (needsEmbedded) {
    embedded = await startEmbeddedPostgres({
      dataDir: env.DATA_DIR,
      port: env.EMBEDDED_PG_PORT,
      password: embeddedSuperuserPassword(),
      log,
    });
    log(`embedded PostgreSQL listening on 127.0.0.1:${embedded.port} (data in ${env.DATA_DIR}/pg)`);
  }
  await provisionAll();
  return { embedded };
}
