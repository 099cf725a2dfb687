import { id, ownerId, createdAt, updatedAt } from './columns';
import { index, integer, pgEnum, pgTable, real, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { courses } from './courses';
import { files } from './files';

export const summaryLength = pgEnum('summary_length', ['brief', 'standard', 'detailed']);
export const sessionKind = pgEnum('study_session_kind', ['free', 'pomodoro']);

export const summaries = pgTable(
  'summaries',
  {
    id: id(),
    userId: ownerId(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
    length: summaryLength('length').notNull(),
    language: text('language').notNull(),
    content: text('content').notNull(),
    provider: text('provider').notNull(),
    tokens: integer('tokens').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('summaries_file_idx').on(t.fileId)],
);

export const flashcards = pgTable(
  'flashcards',
  {
    id: id(),
    userId: ownerId(),
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'set null' }),
    courseId: uuid('course_id').references(() => courses.id, { onDelete: 'cascade' }),
    question: text('question').notNull(),
    answer: text('answer').notNull(),
    language: text('language'),
    difficulty: smallint('difficulty'),
    sourcePage: integer('source_page'),
    due: timestamp('due', { withTimezone: true }).notNull().defaultNow(),
    stability: real('stability').notNull().default(0),
    fsrsDifficulty: real('fsrs_difficulty').notNull().default(0),
    elapsedDays: integer('elapsed_days').notNull().default(0),
    scheduledDays: integer('scheduled_days').notNull().default(0),
    reps: integer('reps').notNull().default(0),
    lapses: integer('lapses').notNull().default(0),
    state: smallint('state').notNull().default(0),
    lastReview: timestamp('last_review', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('flashcards_due_idx').on(t.userId, t.due)],
);

export const reviewLogs = pgTable(
  'review_logs',
  {
    id: id(),
    userId: ownerId(),
    flashcardId: uuid('flashcard_id')
      .notNull()
      .references(() => flashcards.id, { onDelete: 'cascade' }),
    rating: smallint('rating').notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull().defaultNow(),
    elapsedDays: integer('elapsed_days').notNull(),
    scheduledDays: integer('scheduled_days').notNull(),
    durationMs: integer('duration_ms'),
  },
  (t) => [index('review_logs_card_idx').on(t.flashcardId)],
);

export const studySessions = pgTable(
  'study_sessions',
  {
    id: id(),
    userId: ownerId(),
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'set null' }),
    courseId: uuid('course_id').references(() => courses.id, { onDelete: 'set null' }),
    kind: sessionKind('kind').notNull().default('free'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    duration: integer('duration'),
    notes: text('notes'),
    createdAt: createdAt(),
  },
  (t) => [index('study_sessions_user_idx').on(t.userId, t.startedAt)],
);
