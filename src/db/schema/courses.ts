import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, numeric, pgEnum, pgTable, smallint, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { authUser } from './auth';

export const periodType = pgEnum('academic_period_type', ['semester', 'term', 'trimester', 'quarter']);

export const courses = pgTable(
  'courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => authUser.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    code: text('code'),
    professor: text('professor'),
    term: text('term'),
    academicPeriodType: periodType('academic_period_type'),
    credits: numeric('credits', { precision: 5, scale: 2 }),
    ectsCredits: numeric('ects_credits', { precision: 5, scale: 2 }),
    color: text('color').notNull().default('#6366f1'),
    emoji: text('emoji'),
    archived: boolean('archived').notNull().default(false),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('courses_user_idx').on(t.userId, t.archived, t.position)],
);

export const courseFolders = pgTable(
  'course_folders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => authUser.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => courseFolders.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: smallint('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('course_folders_course_idx').on(t.courseId, t.parentId)],
);

export const academicTerms = pgTable(
  'academic_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    country: text('country').notNull(),
    termName: text('term_name').notNull(),
    periodType: periodType('period_type').notNull(),
    startMonth: smallint('start_month').notNull(),
    endMonth: smallint('end_month').notNull(),
    isPrimaryTerm: boolean('is_primary_term').notNull().default(false),
    position: smallint('position').notNull().default(0),
  },
  (t) => [
    index('academic_terms_country_idx').on(t.country),
    check('academic_terms_months', sql`${t.startMonth} between 1 and 12 and ${t.endMonth} between 1 and 12`),
  ],
);
