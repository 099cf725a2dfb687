// The global directory only routes: keyed hashes and ids, never an email, a name or content.
import { bigint, index, pgTable, text, timestamp, uuid, varchar, integer } from 'drizzle-orm/pg-core';

export const accountDirectory = pgTable(
  'account_directory',
  {
    emailHmac: text('email_hmac').primaryKey(),
    userId: uuid('user_id').notNull().unique(),
    region: text('region').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('account_directory_region_idx').on(t.region)],
);

export const groupDirectory = pgTable('group_directory', {
  groupId: uuid('group_id').primaryKey(),
  region: text('region').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** rate-limiter-flexible's RateLimiterPostgres table, shared by every instance. */
export const rateLimits = pgTable('rate_limits', {
  key: varchar('key', { length: 255 }).primaryKey(),
  points: integer('points').notNull().default(0),
  expire: bigint('expire', { mode: 'number' }),
});
