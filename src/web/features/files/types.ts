// Client-side shapes of the file resource. The API contract lives in `@/domain/files/schemas`;
// only its types are imported here, so zod never ships to the browser.
import type { z } from '@hono/zod-openapi';
import { categories, languages, type DocumentLanguage, type FileCategory } from '@/ai/provider';
import type {
  FileBulk,
  FileDto,
  FileKind,
  FileUpdate,
  previewSchema,
  searchResponseSchema,
  searchResultSchema,
  uploadResultSchema,
} from '@/domain/files/schemas';

export { categories, languages };
export type { DocumentLanguage, FileBulk, FileCategory, FileKind, FileUpdate };

export type FileItem = FileDto;
export type FileStatus = FileDto['status'];
export type ConfidenceLevel = NonNullable<FileDto['confidence_level']>;
export type BulkAction = FileBulk['action'];
export type FilePreview = z.infer<typeof previewSchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type UploadResult = z.infer<typeof uploadResultSchema>;

export const fileKinds = ['pdf', 'docx', 'pptx', 'text', 'markdown', 'image'] as const satisfies readonly FileKind[];
export const fileStatuses = ['queued', 'extracting', 'analysing', 'ready', 'failed'] as const satisfies readonly FileStatus[];
// Compile-time proof that the lists above name every value of the contract's unions.
const _allKinds: [Exclude<FileKind, (typeof fileKinds)[number]>] extends [never] ? true : never = true;
const _allStatuses: [Exclude<FileStatus, (typeof fileStatuses)[number]>] extends [never] ? true : never = true;

/** Statuses during which the worker is still busy with a file. */
export const PROCESSING: ReadonlySet<FileStatus> = new Set<FileStatus>(['queued', 'extracting', 'analysing']);

export function isProcessing(file: Pick<FileItem, 'status'>): boolean {
  return PROCESSING.has(file.status);
}

/** The library's views: everything, what analysis was unsure about, and the trash. */
export type FileView = 'all' | 'review' | 'trash';

export type SortField = 'created_at' | 'name' | 'size' | 'date';
export type SortOrder = 'asc' | 'desc';

/**
 * What the library shows; `course` is a course id, `none` for unsorted files, or null for all;
 * `folder` is a folder of that course (its own files, not its subfolders') or null for all.
 */
export type FileFilter = {
  view: FileView;
  course: string | null;
  folder: string | null;
  category: FileCategory | null;
  language: DocumentLanguage | null;
  type: FileKind | null;
  status: FileStatus | null;
  from: string | null;
  to: string | null;
  sort: SortField;
  order: SortOrder;
};

export const defaultFilter: FileFilter = {
  view: 'all',
  course: null,
  folder: null,
  category: null,
  language: null,
  type: null,
  status: null,
  from: null,
  to: null,
  sort: 'created_at',
  order: 'desc',
};

export type FilePage = { data: FileItem[]; next_cursor: string | null };
