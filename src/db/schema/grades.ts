import { date, index, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { authUser } from './auth';
import { courses } from './courses';

export const grades = pgTable(
  'grades',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => authUser.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    weight: numeric('weight', { precision: 6, scale: 3 }).notNull(),
    gradeValue: text('grade_value'),
    gradeType: text('grade_type').notNull(),
    academicPeriod: text('academic_period'),
    dateRecorded: date('date_recorded'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('grades_course_idx').on(t.userId, t.courseId)],
);
