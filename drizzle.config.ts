import { defineConfig } from 'drizzle-kit';

// Two migration sets: the regional cell schema and the global directory.
const target = process.env.DRIZZLE_TARGET === 'directory' ? 'directory' : 'region';

export default defineConfig({
  dialect: 'postgresql',
  schema: target === 'directory' ? './src/db/directory-schema.ts' : './src/db/schema/index.ts',
  out: `./drizzle/${target}`,
});
