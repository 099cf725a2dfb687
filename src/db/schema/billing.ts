import { id, ownerId, createdAt, updatedAt } from './columns';
import { date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { authUser } from './auth';

export const tier = pgEnum('subscription_tier', ['free', 'student', 'premium']);
export const subscriptionStatus = pgEnum('subscription_status', ['trialing', 'active', 'past_due', 'canceled']);
export const currency = pgEnum('currency', ['USD', 'CAD', 'EUR', 'GBP']);

export const subscriptions = pgTable('subscriptions', {
  id: id(),
  userId: uuid('user_id')
    .notNull()
    .unique()
    .references(() => authUser.id, { onDelete: 'cascade' }),
  tier: tier('tier').notNull().default('free'),
  status: subscriptionStatus('status').notNull().default('active'),
  currency: currency('currency'),
  countryCode: text('country_code'),
  stripeCustomerId: text('stripe_customer_id').unique(),
  stripeSubscriptionId: text('stripe_subscription_id').unique(),
  currentPeriodStart: timestamp('current_period_start', { withTimezone: true }),
  currentPeriodEnd: timestamp('current_period_end', { withTimezone: true }),
  lastEventAt: timestamp('last_event_at', { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const usage = pgTable(
  'usage',
  {
    id: id(),
    userId: ownerId(),
    feature: text('feature').notNull(),
    count: integer('count').notNull().default(0),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
  },
  (t) => [uniqueIndex('usage_user_feature_period_idx').on(t.userId, t.feature, t.periodStart)],
);

export const billingEvents = pgTable(
  'billing_events',
  {
    id: id(),
    stripeEventId: text('stripe_event_id').notNull().unique(),
    userId: uuid('user_id').references(() => authUser.id, { onDelete: 'set null' }),
    type: text('type').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('billing_events_user_idx').on(t.userId)],
);
