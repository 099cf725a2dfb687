// GET /api/search's statement for a query string, built as the app builds it (the same schema,
// page, query builder and statement name): for the bare baseline and the database-alone runs.
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { statementName } from '@/db/client';
import { searchFilesQuery } from '@/db/queries/search';
import { fileFilter } from '@/domain/files/list-files';
import { searchQuerySchema } from '@/domain/files/schemas';
import { searchPage, type SearchPage } from '@/domain/files/search-files';

const dialect = new PgDialect();

export function searchStatement(query: Record<string, string>): { statement: pg.QueryConfig; page: SearchPage } {
  const q = searchQuerySchema.parse(query);
  const page = searchPage(q);
  const { sql, params } = dialect.sqlToQuery(searchFilesQuery(q.q, fileFilter(q), page));
  return { statement: { name: statementName(sql), text: sql, values: params }, page };
}
