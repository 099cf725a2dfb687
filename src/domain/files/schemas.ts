// The file resource: one set of schemas for the API, the library UI and OpenAPI.
import { z } from '@hono/zod-openapi';
import { categories, languages } from '@/ai/provider';
import { nameField, textField } from '../text/normalize-text';

export const fileKinds = ['pdf', 'docx', 'pptx', 'text', 'markdown', 'image'] as const;
export type FileKind = (typeof fileKinds)[number];
export const fileStatuses = ['queued', 'extracting', 'analysing', 'ready', 'failed'] as const;
export const confidenceLevels = ['high', 'medium', 'low'] as const;
/** Why a file is on the review list (file_resource(), migration 0012). */
export const reviewReasons = ['no_course', 'courses_tied', 'low_course_confidence', 'low_category_confidence'] as const;

export const fileSchema = z
  .object({
    id: z.uuid(),
    course_id: z.uuid().nullable(),
    folder_id: z.uuid().nullable(),
    original_name: z.string(),
    display_name: z.string(),
    /** The smart name the analysis proposed (null until analysed). */
    ai_name: z.string().nullable(),
    folder_hint: z.string().nullable(),
    kind: z.enum(fileKinds),
    file_type: z.string(),
    file_size: z.number(),
    status: z.enum(fileStatuses),
    /** An error code of the errors catalog when status is failed. */
    error: z.string().nullable(),
    page_count: z.number().nullable(),
    detected_language: z.enum(languages).nullable(),
    ai_category: z.enum(categories).nullable(),
    ai_confidence: z.number().nullable(),
    course_confidence: z.number().nullable(),
    course_source: z.enum(['ai', 'user']),
    category_source: z.enum(['ai', 'user']),
    /** The weaker of the two confidences the student did not settle by hand. */
    confidence_level: z.enum(confidenceLevels).nullable(),
    needs_review: z.boolean(),
    /** The analysis's likeliest courses, best first (at most three), offered on the review list. */
    course_candidates: z.array(z.object({ course_id: z.uuid(), confidence: z.number() })),
    /** Why the file needs review; empty when it does not. */
    review_reasons: z.array(z.enum(reviewReasons)),
    ai_topic: z.string().nullable(),
    ai_date: z.string().nullable(),
    ai_keywords: z.array(z.string()),
    processed_at: z.string().nullable(),
    deleted_at: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('File');
export type FileDto = z.infer<typeof fileSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

const filterFields = {
  course_id: z.union([z.uuid(), z.literal('none')]).optional(),
  folder_id: z.uuid().optional(),
  category: z.enum(categories).optional(),
  language: z.enum(languages).optional(),
  type: z.enum(fileKinds).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
};

export const fileListQuerySchema = z.object({
  ...filterFields,
  status: z.enum(fileStatuses).optional(),
  trashed: bool.optional(),
  review: bool.optional(),
  sort: z.enum(['created_at', 'name', 'size', 'date']).default('created_at'),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** The previous page's `next_cursor` (base64url). */
  cursor: z.string().regex(/^[\w-]{1,400}$/).optional(),
});
export type FileListQuery = z.infer<typeof fileListQuerySchema>;

export const fileListSchema = z.object({ data: z.array(fileSchema), next_cursor: z.string().nullable() }).openapi('FileList');

const displayName = nameField()
  .trim()
  .min(1)
  .max(200)
  .refine((s) => /[\p{L}\p{N}]/u.test(s), { message: 'invalid' });

export const fileUpdateSchema = z
  .strictObject({
    display_name: displayName.optional(),
    course_id: z.uuid().nullable().optional(),
    folder_id: z.uuid().nullable().optional(),
    category: z.enum(categories).optional(),
  })
  .openapi('FileUpdate');
export type FileUpdate = z.infer<typeof fileUpdateSchema>;

const fileIds = z.array(z.uuid()).min(1).max(500);

export const bulkActions = ['move', 'set_category', 'smart_name', 'original_name', 'trash', 'restore', 'delete_forever'] as const;
export const fileBulkSchema = z
  .strictObject({
    file_ids: fileIds,
    action: z.enum(bulkActions),
    course_id: z.uuid().nullable().optional(),
    folder_id: z.uuid().nullable().optional(),
    category: z.enum(categories).optional(),
  })
  .openapi('FileBulk');
export type FileBulk = z.infer<typeof fileBulkSchema>;

export const categorizeSchema = z.strictObject({ file_ids: fileIds }).openapi('FileCategorize');

export const uploadResultSchema = z
  .object({
    name: z.string(),
    outcome: z.enum(['stored', 'duplicate', 'rejected']),
    file: fileSchema.nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
  })
  .openapi('UploadResult');
export const uploadResponseSchema = z.object({ data: z.array(uploadResultSchema) }).openapi('UploadResponse');

/** A search lists its best 200 files at most, a page at a time: past that, the words want refining. */
export const SEARCH_RESULTS_MAX = 200;

export const searchQuerySchema = z.object({
  q: textField().trim().min(1).max(200),
  ...filterFields,
  limit: z.coerce.number().int().min(1).max(50).default(20),
  /** How many of the best results to skip: the previous page's `next_offset`. */
  offset: z.coerce.number().int().min(0).max(SEARCH_RESULTS_MAX - 1).default(0),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const searchResultSchema = z
  .object({
    file: fileSchema,
    rank: z.number(),
    /** Snippet parts; `highlight` marks the words that matched. Plain text: render as text, never as HTML. */
    snippet: z.array(z.object({ text: z.string(), highlight: z.boolean() })),
  })
  .openapi('SearchResult');
export const searchResponseSchema = z
  .object({
    data: z.array(searchResultSchema),
    /** The `offset` of the next page of results; null on the last. */
    next_offset: z.number().int().nullable(),
  })
  .openapi('SearchResponse');

export const previewSchema = z
  .object({
    kind: z.enum(fileKinds),
    /** Sanitised HTML for DOCX. */
    html: z.string().nullable(),
    /** Raw text for TXT/Markdown (the UI renders Markdown without raw HTML). */
    text: z.string().nullable(),
    /** Extracted text per page/slide for PDF and PPTX. */
    pages: z.array(z.string()).nullable(),
  })
  .openapi('FilePreview');
