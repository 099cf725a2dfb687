import { id, ownerId, createdAt, updatedAt } from './columns';
import { date, index, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { courses } from './courses';

export const grades = pgTable(
  'grades',
  {
    id: id(),
    userId: ownerId(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    weight: numeric('weight', { precision: 6, scale: 3 }).notNull(),
    gradeValue: text('grade_value'),
    gradeType: text('grade_type').notNull(),
    academicPeriod: text('academic_period'),
    dateRecorded: date('date_recorded'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('grades_course_idx').on(t.userId, t.courseId)],
);
