import { id, ownerId, createdAt, updatedAt } from './columns';
import { academicSystem } from './profiles';
import { sql } from 'drizzle-orm';
import { boolean, check, index, uniqueIndex, integer, numeric, pgEnum, pgTable, smallint, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

export const periodType = pgEnum('academic_period_type', ['semester', 'term', 'trimester', 'quarter']);

export const courses = pgTable(
  'courses',
  {
    id: id(),
    userId: ownerId(),
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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('courses_user_idx').on(t.userId, t.archived, t.position)],
);

export const courseFolders = pgTable(
  'course_folders',
  {
    id: id(),
    userId: ownerId(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => courseFolders.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: smallint('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('course_folders_course_idx').on(t.courseId, t.parentId)],
);

export const academicTerms = pgTable(
  'academic_terms',
  {
    id: id(),
    country: text('country').notNull(),
    termName: text('term_name').notNull(),
    periodType: periodType('period_type').notNull(),
    startMonth: smallint('start_month').notNull(),
    endMonth: smallint('end_month').notNull(),
    isPrimaryTerm: boolean('is_primary_term').notNull().default(false),
    position: smallint('position').notNull().default(0),
    termKey: text('term_key').notNull(),
  },
  (t) => [
    index('academic_terms_country_idx').on(t.country),
    uniqueIndex('academic_terms_country_key_idx').on(t.country, t.termKey),
    check('academic_terms_months', sql`${t.startMonth} between 1 and 12 and ${t.endMonth} between 1 and 12`),
  ],
);

/** The usual academic system of a country and the words its students use (course/module, …). */
export const academicSystems = pgTable(
  'academic_systems',
  {
    country: text('country').primaryKey(),
    academicSystem: academicSystem('academic_system').notNull(),
    periodType: periodType('period_type').notNull(),
    creditUnit: text('credit_unit').$type<'credit_hours' | 'ects' | 'uk_credits'>().notNull(),
    courseWord: text('course_word').$type<'course' | 'module'>().notNull(),
    termWord: text('term_word').$type<'semester' | 'term'>().notNull(),
    gradingSystems: text('grading_systems').array().notNull(),
  },
  (t) => [
    check('academic_systems_credit_unit', sql`${t.creditUnit} in ('credit_hours', 'ects', 'uk_credits')`),
    check('academic_systems_course_word', sql`${t.courseWord} in ('course', 'module')`),
    check('academic_systems_term_word', sql`${t.termWord} in ('semester', 'term')`),
  ],
);
