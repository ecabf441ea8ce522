import { sql } from 'drizzle-orm';
import { boolean, customType, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ITEM_STATUSES, type ApprovedContent, type TemplateItem } from '@/lib/checklists/schemas';
import { NOTIFICATION_KINDS } from '@/lib/notifications/schemas';
import { users } from './auth';
import { cases } from './cases';

/** File bytes kept in the database, so evidence is backed up, walled and restored with the case. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  // node-postgres returns a Buffer and PGlite a Uint8Array: callers always get a plain Uint8Array.
  fromDriver: (v) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength),
  toDriver: (v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength),
});

export const itemStatusEnum = pgEnum('checklist_item_status', ITEM_STATUSES);
export const notificationKindEnum = pgEnum('notification_kind', NOTIFICATION_KINDS);

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const checklistTemplates = pgTable('checklist_templates', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  currentVersion: integer('current_version').notNull().default(1),
  // Null when written by the reference seed rather than a person.
  updatedBy: uuid('updated_by').references(() => users.id),
  version: integer('version').notNull().default(0),
  ...stamps,
});

/** Immutable: editing a template adds a version; checklists keep the one they were made from. */
export const checklistTemplateVersions = pgTable(
  'checklist_template_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    templateId: uuid('template_id').notNull().references(() => checklistTemplates.id),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    items: jsonb('items').$type<TemplateItem[]>().notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('template_versions_number_idx').on(t.templateId, t.number)],
);

export const checklists = pgTable(
  'checklists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    // The authority review this checklist serves; linked once reviews exist (no foreign key yet).
    reviewId: uuid('review_id'),
    templateId: uuid('template_id').references(() => checklistTemplates.id),
    templateVersionId: uuid('template_version_id').references(() => checklistTemplateVersions.id),
    templateVersionNumber: integer('template_version_number'),
    name: text('name').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    version: integer('version').notNull().default(0),
    ...stamps,
  },
  (t) => [index('checklists_case_idx').on(t.caseId)],
);

export const checklistItems = pgTable(
  'checklist_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    checklistId: uuid('checklist_id').notNull().references(() => checklists.id),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    position: integer('position').notNull(),
    section: text('section').notNull(),
    title: text('title').notNull(),
    guidance: text('guidance').notNull().default(''),
    reference: text('reference').notNull().default(''),
    isCustom: boolean('is_custom').notNull().default(false),
    // Set when the checklist adopted a template version without this item: the item is kept (its
    // answer, evidence and sign-off are part of the case record) and shown as no longer in the template.
    removedFromTemplateVersion: integer('removed_from_template_version'),
    preparerId: uuid('preparer_id').references(() => users.id),
    reviewerId: uuid('reviewer_id').references(() => users.id),
    dueDate: date('due_date', { mode: 'string' }),
    answer: text('answer').notNull().default(''),
    notApplicable: boolean('not_applicable').notNull().default(false),
    naReason: text('na_reason').notNull().default(''),
    status: itemStatusEnum('status').notNull().default('not-started'),
    // Whoever last changed the content (answer, title, reason, evidence) may not approve it.
    lastEditedBy: uuid('last_edited_by').references(() => users.id),
    lastEditedAt: timestamp('last_edited_at', { withTimezone: true }),
    // Everyone who changed the answer, evidence or custom fields since the last approval (or since
    // the item was created): none of them may approve it. Emptied when an approval is given.
    contributors: uuid('contributors').array().notNull().default(sql`'{}'::uuid[]`),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    // Content (title, answer, reason) saves check `version`; assignment saves check their own, so
    // setting a due date never makes a half-typed answer stale. Workflow steps check the status.
    version: integer('version').notNull().default(0),
    assignmentVersion: integer('assignment_version').notNull().default(0),
    ...stamps,
  },
  (t) => [
    index('checklist_items_list_idx').on(t.checklistId, t.position),
    index('checklist_items_case_idx').on(t.caseId),
    index('checklist_items_preparer_idx').on(t.preparerId),
    index('checklist_items_reviewer_idx').on(t.reviewerId),
  ],
);

/** Every sign-off ever given; at most one is in force per item (lapsed_at null). */
export const checklistApprovals = pgTable(
  'checklist_approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id').notNull().references(() => checklistItems.id),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    approvedBy: uuid('approved_by').notNull().references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
    contentHash: text('content_hash').notNull(),
    // What was approved, so a lapse can show exactly what changed since. Null for approvals given
    // before the content was kept (only their hash exists).
    content: jsonb('content').$type<ApprovedContent>(),
    // Open comment threads the approver confirmed they were approving over.
    openThreads: integer('open_threads').notNull().default(0),
    lapsedAt: timestamp('lapsed_at', { withTimezone: true }),
    lapsedBy: uuid('lapsed_by').references(() => users.id),
    lapseReason: text('lapse_reason'),
  },
  (t) => [uniqueIndex('checklist_approvals_current_idx').on(t.itemId).where(sql`lapsed_at is null`), index('checklist_approvals_item_idx').on(t.itemId)],
);

/** Never deleted: a retracted comment is hidden from view and kept here and in the audit trail. */
export const checklistComments = pgTable(
  'checklist_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id').notNull().references(() => checklistItems.id),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    // Null for the first comment of a thread; replies point at it.
    parentId: uuid('parent_id'),
    authorId: uuid('author_id').notNull().references(() => users.id),
    body: text('body').notNull(),
    mentions: jsonb('mentions').$type<string[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    retractedAt: timestamp('retracted_at', { withTimezone: true }),
    retractedBy: uuid('retracted_by').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    version: integer('version').notNull().default(0),
  },
  (t) => [index('checklist_comments_item_idx').on(t.itemId, t.createdAt), index('checklist_comments_parent_idx').on(t.parentId)],
);

export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id').notNull().references(() => checklistItems.id),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    fileName: text('file_name').notNull(),
    // Lower-cased name: "Board deck.PDF" and "board deck.pdf" are revisions of one document.
    nameKey: text('name_key').notNull(),
    revision: integer('revision').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').notNull().references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('evidence_files_revision_idx').on(t.itemId, t.nameKey, t.revision), index('evidence_files_case_idx').on(t.caseId)],
);

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    kind: notificationKindEnum('kind').notNull(),
    itemId: uuid('item_id').references(() => checklistItems.id),
    actorId: uuid('actor_id').references(() => users.id),
    // The comment quoted in `excerpt`: retracting it blanks the excerpt here too.
    commentId: uuid('comment_id').references(() => checklistComments.id),
    excerpt: text('excerpt').notNull().default(''),
    // Set for notifications that must exist once only (an item overdue since a given date).
    dedupeKey: text('dedupe_key').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt, t.createdAt)],
);
