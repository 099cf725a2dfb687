import { id, ownerId, createdAt, updatedAt } from './columns';
import { bigint, customType, index, integer, jsonb, pgEnum, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { courseFolders, courses } from './courses';

export const fileStatus = pgEnum('file_status', ['queued', 'extracting', 'analysing', 'ready', 'failed']);
export const fileCategory = pgEnum('file_category', ['lecture', 'assignment', 'notes', 'exam', 'other']);
/** Who decided a file's course or category: the analysis, or the student by hand (a correction). */
export const decisionSource = pgEnum('decision_source', ['ai', 'user']);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const regconfig = customType<{ data: string }>({ dataType: () => 'regconfig' });

export const files = pgTable(
  'files',
  {
    id: id(),
    userId: ownerId(),
    courseId: uuid('course_id').references(() => courses.id, { onDelete: 'set null' }),
    folderId: uuid('folder_id').references(() => courseFolders.id, { onDelete: 'set null' }),
    originalName: text('original_name').notNull(),
    displayName: text('display_name').notNull(),
    folderHint: text('folder_hint'),
    storageKey: text('storage_key').notNull(),
    fileType: text('file_type').notNull(),
    fileSize: bigint('file_size', { mode: 'number' }).notNull(),
    contentSha256: text('content_sha256').notNull(),
    status: fileStatus('status').notNull().default('queued'),
    error: text('error'),
    pageCount: integer('page_count'),
    detectedLanguage: text('detected_language'),
    aiCategory: fileCategory('ai_category'),
    aiConfidence: real('ai_confidence'),
    courseConfidence: real('course_confidence'),
    /** The analysis's likeliest courses, best first: [{course_id, confidence}] (migration 0012). */
    courseCandidates: jsonb('course_candidates').$type<{ course_id: string; confidence: number }[]>().notNull().default([]),
    aiTopic: text('ai_topic'),
    aiDate: text('ai_date'),
    aiKeywords: text('ai_keywords').array().notNull().default(sql`'{}'::text[]`),
    /** The proposed smart name; display_name equals it unless the student reverted or renamed. */
    aiName: text('ai_name'),
    courseSource: decisionSource('course_source').notNull().default('ai'),
    categorySource: decisionSource('category_source').notNull().default('ai'),
    aiProvider: text('ai_provider'),
    aiSummary: text('ai_summary'),
    aiSummaryTranslations: jsonb('ai_summary_translations').$type<Record<string, string>>(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /**
     * The file as the API shows it (JSON text), written by a trigger with file_resource() on every
     * insert and update (migration 0007); lists and search send it as is. The trigger replaces the
     * empty text inserts carry.
     */
    resource: text('resource')
      .notNull()
      .$default(() => ''),
  },
  (t) => [
    index('files_user_course_idx').on(t.userId, t.courseId, t.createdAt),
    uniqueIndex('files_user_sha_idx').on(t.userId, t.contentSha256).where(sql`${t.deletedAt} is null`),
    // Keyset pages of the library in each sort order (scanned backwards for descending order).
    index('files_user_created_idx').on(t.userId, t.createdAt, t.id),
    index('files_user_name_idx').on(t.userId, sql`lower(${t.displayName})`, t.id),
    index('files_user_size_idx').on(t.userId, t.fileSize, t.id),
    // Search indexes lead with the owner (btree_gin): a search reads only its student's rows from
    // the table, however many other students share it.
    index('files_user_display_name_trgm_idx').using('gin', t.userId, sql`${t.displayName} gin_trgm_ops`),
    index('files_user_original_name_trgm_idx').using('gin', t.userId, sql`${t.originalName} gin_trgm_ops`),
    index('files_active_status_idx').on(t.status).where(sql`${t.status} in ('queued', 'extracting', 'analysing')`),
  ],
);

export const fileTexts = pgTable(
  'file_texts',
  {
    fileId: uuid('file_id')
      .primaryKey()
      .references(() => files.id, { onDelete: 'cascade' }),
    userId: ownerId(),
    language: text('language'),
    content: text('content').notNull(),
    pages: jsonb('pages').$type<string[]>(),
    /** A DOCX's viewer HTML, rendered by the pipeline next to its text (mammoth's own tags only). */
    html: text('html'),
    /** The text-search dictionary of the document's language (english, french, german, spanish, simple). */
    tsConfig: regconfig('ts_config').notNull().default(sql`'simple'::regconfig`),
    searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector(ts_config, content)`),
    createdAt: createdAt(),
  },
  (t) => [index('file_texts_user_search_idx').using('gin', t.userId, t.searchVector), index('file_texts_user_idx').on(t.userId)],
);

/** Provider answers stored by a key over everything that shaped them, so the same input is never paid for twice. */
export const aiCache = pgTable(
  'ai_cache',
  {
    userId: ownerId(),
    cacheKey: text('cache_key').notNull(),
    provider: text('provider').notNull(),
    result: jsonb('result').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.cacheKey] })],
);

/** Every paid provider call: tokens and cost per user, for limits, invoices and the operator's metrics. */
export const aiUsage = pgTable(
  'ai_usage',
  {
    id: id(),
    userId: ownerId(),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    purpose: text('purpose').notNull(),
    promptTokens: integer('prompt_tokens').notNull(),
    completionTokens: integer('completion_tokens').notNull(),
    costUsd: real('cost_usd').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('ai_usage_user_idx').on(t.userId, t.createdAt)],
);

/** Corrections a user made to analysis results; they teach the matcher for that user. */
export const fileCorrections = pgTable(
  'file_corrections',
  {
    id: id(),
    userId: ownerId(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
    field: text('field').notNull(),
    fromValue: text('from_value'),
    toValue: text('to_value'),
    createdAt: createdAt(),
  },
  (t) => [index('file_corrections_user_idx').on(t.userId)],
);
