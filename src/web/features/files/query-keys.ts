// Nested keys: `['files']` refreshes everything file-shaped; `['files', 'list']` every library list.
import type { FileCategory, FileFilter, FileKind } from './types';

/** What the search dialog narrows results to; null for any. */
export type SearchFilter = { course: string | null; category: FileCategory | null; type: FileKind | null };

export const fileKeys = {
  all: ['files'] as const,
  lists: ['files', 'list'] as const,
  list: (filter: FileFilter) => ['files', 'list', filter] as const,
  details: ['files', 'detail'] as const,
  detail: (id: string) => ['files', 'detail', id] as const,
  preview: (id: string) => ['files', 'preview', id] as const,
  searches: ['files', 'search'] as const,
  search: (q: string, filter: SearchFilter) => ['files', 'search', q, filter] as const,
};
