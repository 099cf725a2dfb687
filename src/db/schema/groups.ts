import { id, createdAt, updatedAt } from './columns';
import { boolean, customType, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { files } from './files';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const groupRole = pgEnum('group_role', ['owner', 'admin', 'member']);
export const memberStatus = pgEnum('group_member_status', ['active', 'pending']);

export type GroupSettings = { allow_file_sharing: boolean; allow_chat: boolean; require_approval: boolean };

// A group lives in its creator's region. Members from other regions are not auth users of this
// cell, so membership rows carry the member's id and home region instead of a foreign key.
export const studyGroups = pgTable('study_groups', {
  id: id(),
  name: text('name').notNull(),
  description: text('description'),
  createdBy: uuid('created_by').notNull(),
  isPublic: boolean('is_public').notNull().default(false),
  maxMembers: integer('max_members').notNull().default(20),
  primaryLanguage: text('primary_language'),
  allowedLanguages: text('allowed_languages').array().notNull().default([]),
  settings: jsonb('settings')
    .$type<GroupSettings>()
    .notNull()
    .default({ allow_file_sharing: true, allow_chat: true, require_approval: false }),
  inviteCode: text('invite_code').unique(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => studyGroups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    role: groupRole('role').notNull().default('member'),
    status: memberStatus('status').notNull().default('active'),
    homeRegion: text('home_region').notNull(),
    displayName: text('display_name').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('group_members_user_idx').on(t.userId)],
);

export const groupMessages = pgTable(
  'group_messages',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => studyGroups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    body: text('body').notNull(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('group_messages_group_idx').on(t.groupId, t.createdAt)],
);

export const sharedFiles = pgTable(
  'shared_files',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => studyGroups.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'cascade' }),
    sharedBy: uuid('shared_by').notNull(),
    displayName: text('display_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('shared_files_group_idx').on(t.groupId)],
);

export const whiteboards = pgTable('whiteboards', {
  groupId: uuid('group_id')
    .primaryKey()
    .references(() => studyGroups.id, { onDelete: 'cascade' }),
  state: bytea('state').notNull(),
  updatedAt: updatedAt(),
});
