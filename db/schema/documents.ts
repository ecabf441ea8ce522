import { sql } from 'drizzle-orm';
import { customType, index, integer, jsonb, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CLAIM_CATEGORIES, MARK_KINDS, MARK_SUBJECTS, type Finding } from '@/lib/documents/confidentiality-kinds';
import { DOCUMENT_EDITIONS, DOCUMENT_KINDS, JOB_STATUSES } from '@/lib/documents/kinds';
import { users } from './auth';
import { cases } from './cases';

/** PDF bytes in the database, so a registered document is backed up and walled with its case. */
const pdfBytes = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  // node-postgres returns a Buffer and PGlite a Uint8Array: callers always get a plain Uint8Array.
  fromDriver: (v) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength),
  toDriver: (v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength),
});

export const documentKindEnum = pgEnum('document_kind', DOCUMENT_KINDS);
export const documentEditionEnum = pgEnum('document_edition', DOCUMENT_EDITIONS);
export const documentJobStatusEnum = pgEnum('document_job_status', JOB_STATUSES);

/**
 * The registry of generated PDFs. Immutable (a trigger refuses UPDATE and DELETE): a filed
 * version must stay exactly what was generated. Versions count per case, kind and edition.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    kind: documentKindEnum('kind').notNull(),
    edition: documentEditionEnum('edition').notNull(),
    version: integer('version').notNull(),
    /** "COLOSSUS-FCO-C-v3", printed in every footer. */
    number: text('number').notNull(),
    title: text('title').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    pageCount: integer('page_count').notNull(),
    bytes: pdfBytes('bytes').notNull(),
    /** The saved analysis the figures come from, as a reference (saved analyses are immutable). */
    savedAnalysisId: uuid('saved_analysis_id'),
    /** SHA-256 of the canonical JSON of the data the composer was given. */
    snapshotSha256: text('snapshot_sha256').notNull(),
    /** What the snapshot was drawn from: analysis ids and input hashes, audit head, options. */
    source: jsonb('source').notNull(),
    /** Characters no font covers, drawn as [U+XXXX]. */
    warnings: jsonb('warnings').$type<{ codePoint: string; context: string }[]>().notNull().default([]),
    generatedBy: uuid('generated_by').notNull().references(() => users.id),
    generatedAt: timestamp('generated_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    uniqueIndex('documents_version_uq').on(t.caseId, t.kind, t.edition, t.version),
    index('documents_sha256_idx').on(t.sha256),
    index('documents_case_idx').on(t.caseId, t.generatedAt),
  ],
);

/**
 * One generation: polled by the page for progress. At most one job per case, kind and edition
 * is open at a time, so the version it will register is known when it starts.
 */
export const documentJobs = pgTable(
  'document_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    kind: documentKindEnum('kind').notNull(),
    edition: documentEditionEnum('edition').notNull(),
    options: jsonb('options').notNull(),
    status: documentJobStatusEnum('status').notNull().default('queued'),
    progress: smallint('progress').notNull().default(0),
    stage: text('stage').notNull().default('Waiting to start'),
    error: text('error'),
    /** A refused non-confidential edition: each place holding an unmarked figure, for the page to list. */
    findings: jsonb('findings').$type<Finding[]>(),
    documentId: uuid('document_id').references(() => documents.id),
    requestedBy: uuid('requested_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('document_jobs_open_uq').on(t.caseId, t.kind, t.edition).where(sql`status in ('queued', 'running')`),
    index('document_jobs_case_idx').on(t.caseId, t.createdAt),
  ],
);

export const markKindEnum = pgEnum('confidentiality_mark_kind', MARK_KINDS);
export const markSubjectEnum = pgEnum('confidentiality_mark_subject', MARK_SUBJECTS);
export const claimCategoryEnum = pgEnum('confidentiality_claim_category', CLAIM_CATEGORIES);

/**
 * Counsel's confidentiality marks, from which the non-confidential editions are rendered: a name
 * with its public label, a passage of long text (its exact words, so it survives edits elsewhere in
 * the field), or a figure declared public. One mark per case, kind, subject and text: two people
 * marking the same thing at once get one mark and one clear refusal.
 */
export const confidentialityMarks = pgTable(
  'confidentiality_marks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    kind: markKindEnum('kind').notNull(),
    subject: markSubjectEnum('subject').notNull(),
    text: text('text').notNull(),
    publicLabel: text('public_label').notNull().default(''),
    category: claimCategoryEnum('category'),
    justification: text('justification').notNull().default(''),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('confidentiality_marks_uq').on(t.caseId, t.kind, t.subject, t.text)],
);
