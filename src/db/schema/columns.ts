// Columns most tables share; functions, because a Drizzle column builder belongs to one table.
import { timestamp, uuid } from 'drizzle-orm/pg-core';
import { authUser } from './auth';

export const id = () => uuid('id').primaryKey().defaultRandom();

/** The owning user; RLS policies compare it with auth.uid(). */
export const ownerId = () =>
  uuid('user_id')
    .notNull()
    .references(() => authUser.id, { onDelete: 'cascade' });

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
