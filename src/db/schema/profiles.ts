import { createdAt, updatedAt } from './columns';
import { pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { authUser } from './auth';

export const academicSystem = pgEnum('academic_system', ['gpa', 'ects', 'uk_honours', 'percentage']);

export const profiles = pgTable('profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => authUser.id, { onDelete: 'cascade' }),
  fullName: text('full_name').notNull(),
  university: text('university'),
  avatarUrl: text('avatar_url'),
  preferredLocale: text('preferred_locale').notNull(),
  country: text('country').notNull(),
  timezone: text('timezone').notNull().default('UTC'),
  academicSystem: academicSystem('academic_system').notNull(),
  region: text('region').notNull(),
  onboardingStep: text('onboarding_step'),
  onboardedAt: timestamp('onboarded_at', { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
