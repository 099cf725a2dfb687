import { id, ownerId, createdAt, updatedAt } from './columns';
import { bigint, index, integer, jsonb, pgEnum, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { courseFolders, courses } from './courses';

export const fileStatus = pgEnum('file_status', ['queued', 'extracting', 'analysing', 'ready', 'failed']);
export const fileCategory = pgEnum('file_category', ['lecture', 'assignment', 'notes', 'exam', 'other']);

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
    aiTopic: text('ai_topic'),
    aiDate: text('ai_date'),
    aiSummary: text('ai_summary'),
    aiSummaryTranslations: jsonb('ai_summary_translations').$type<Record<string, string>>(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('files_user_course_idx').on(t.userId, t.courseId, t.createdAt),
    uniqueIndex('files_user_sha_idx').on(t.userId, t.contentSha256).where(sql`${t.deletedAt} is null`),
  ],
);

export const fileTexts = pgTable('file_texts', {
  fileId: uuid('file_id')
    .primaryKey()
    .references(() => files.id, { onDelete: 'cascade' }),
  userId: ownerId(),
  language: text('language'),
  content: text('content').notNull(),
  pages: jsonb('pages').$type<string[]>(),
  createdAt: createdAt(),
});

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
