// The file resource the API answers with. PostgreSQL writes it into every file row
// (file_resource(), migration 0007), so a row read or returned by a write already carries it, and
// lists send it without parsing.
import type { FileRow } from '@/db/queries/files';
import type { FileDto } from './schemas';

export function toFileDto(row: Pick<FileRow, 'resource'>): FileDto {
  return JSON.parse(row.resource) as FileDto;
}
