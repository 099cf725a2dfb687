import { id, ownerId, createdAt } from './columns';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { authUser } from './auth';

export const consents = pgTable(
  'consents',
  {
    id: id(),
    userId: ownerId(),
    kind: text('kind').notNull(),
    targetRegion: text('target_region'),
    subject: text('subject'),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [index('consents_user_idx').on(t.userId, t.kind)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    userId: uuid('user_id').references(() => authUser.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    target: text('target'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>(),
    ipAddress: text('ip_address'),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_user_idx').on(t.userId, t.createdAt)],
);

/** Database-backed strings (academic reference data and similar), per locale. */
export const translations = pgTable(
  'translations',
  {
    id: id(),
    key: text('key').notNull(),
    locale: text('locale').notNull(),
    value: text('value').notNull(),
    context: text('context'),
  },
  (t) => [uniqueIndex('translations_key_locale_idx').on(t.key, t.locale)],
);
