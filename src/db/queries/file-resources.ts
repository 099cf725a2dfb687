// The file resource as the API shows it (`FileDto`): PostgreSQL keeps it as JSON text in
// files.resource (file_resource(), migration 0007), so every file response reads the same thing
// and the library's pages go from the database to the client without being parsed here.
import { sql } from 'drizzle-orm';
import type { Tx } from '../client';

/** The resources of the given files the caller can see, in the order of `ids`. */
export async function findFileResources<T>(tx: Tx, ids: string[]): Promise<T[]> {
  if (ids.length === 0) return [];
  const { rows } = await tx.execute<{ resource: string }>(sql`
    select files.resource from unnest(${sql.param(ids)}::uuid[]) with ordinality as wanted(id, n)
    join files on files.id = wanted.id order by wanted.n`);
  return rows.map((row) => JSON.parse(row.resource) as T);
}
