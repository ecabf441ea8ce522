import { bigint, boolean, date, index, integer, jsonb, numeric, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DECISION_ARTICLES, HSR_KINDS, REVIEW_AUTHORITIES, REVIEW_EVENT_TYPES, US_AGENCIES } from '@/lib/reviews/schemas';
import { CALENDAR_KINDS } from '@/lib/calendars/schemas';
import type { HsrFeeTier } from '@/lib/hsr/types';
import { users } from './auth';
import { cases, parties } from './cases';

export const reviewAuthorityEnum = pgEnum('review_authority', REVIEW_AUTHORITIES);
export const usAgencyEnum = pgEnum('us_agency', US_AGENCIES);
export const reviewEventTypeEnum = pgEnum('review_event_type', REVIEW_EVENT_TYPES);
export const decisionArticleEnum = pgEnum('eu_decision_article', DECISION_ARTICLES);
export const hsrKindEnum = pgEnum('hsr_kind', HSR_KINDS);
export const calendarKindEnum = pgEnum('calendar_kind', CALENDAR_KINDS);

/** One regulatory review of a case by one authority. */
export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    authority: reviewAuthorityEnum('authority').notNull(),
    // The authority ("us-hsr", "uk-cma", …) or "other:<lower-cased name>": one review per authority and case.
    authorityKey: text('authority_key').notNull(),
    authorityName: text('authority_name').notNull().default(''),
    clearingAgency: usAgencyEnum('clearing_agency'),
    caseNumber: text('case_number').notNull().default(''),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(0),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reviews_case_authority_uq').on(t.caseId, t.authorityKey), index('reviews_case_idx').on(t.caseId)],
);

/**
 * What happened in a review, one row per event. The columns beyond `occurredOn` are used by the
 * event types that need them (phase for commitments, workingDays for an extension, …); the zod
 * schema in lib/reviews/schemas.ts says which.
 */
export const reviewEvents = pgTable(
  'review_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id').notNull().references(() => reviews.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    type: reviewEventTypeEnum('type').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    restartedOn: date('restarted_on', { mode: 'string' }),
    phase: smallint('phase'),
    workingDays: smallint('working_days'),
    // Weeks for a UK extension, days for SAMR and Bundeskartellamt extensions (EXTENSION_AMOUNTS).
    amount: smallint('amount'),
    article: decisionArticleEnum('article'),
    hsrKind: hsrKindEnum('hsr_kind'),
    acquiredReceivedOn: date('acquired_received_on', { mode: 'string' }),
    section80130: boolean('section_801_30').notNull().default(false),
    extensionByAgreement: boolean('extension_by_agreement').notNull().default(false),
    label: text('label').notNull().default(''),
    note: text('note').notNull().default(''),
    done: boolean('done').notNull().default(false),
    version: integer('version').notNull().default(0),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_events_review_idx').on(t.reviewId, t.occurredOn), index('review_events_case_idx').on(t.caseId)],
);

/** One year of a holiday calendar, editable by admins; the computations read these rows. */
export const holidayCalendarYears = pgTable(
  'holiday_calendar_years',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: calendarKindEnum('kind').notNull(),
    year: integer('year').notNull(),
    holidays: jsonb('holidays').$type<{ date: string; name: string }[]>().notNull(),
    source: text('source').notNull(),
    verified: boolean('verified').notNull().default(false),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(0),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('holiday_calendar_years_uq').on(t.kind, t.year)],
);

/** HSR thresholds and fee tiers for one year, seeded from lib/hsr/data and editable by admins. */
export const hsrThresholdTables = pgTable('hsr_threshold_tables', {
  id: uuid('id').primaryKey().defaultRandom(),
  year: integer('year').notNull().unique(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  source: text('source').notNull(),
  sizeOfTransactionUsd: bigint('size_of_transaction_usd', { mode: 'number' }).notNull(),
  sizeOfPersonSmallerUsd: bigint('size_of_person_smaller_usd', { mode: 'number' }).notNull(),
  sizeOfPersonLargerUsd: bigint('size_of_person_larger_usd', { mode: 'number' }).notNull(),
  noSizeOfPersonAboveUsd: bigint('no_size_of_person_above_usd', { mode: 'number' }).notNull(),
  feeTiers: jsonb('fee_tiers').$type<HsrFeeTier[]>().notNull(),
  version: integer('version').notNull().default(0),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * EU turnover of a party (€ millions, exact decimals), kept apart from the parties table.
 * Null means "not yet known", which the jurisdiction check reports as missing, never as zero.
 */
export const partyTurnover = pgTable(
  'party_turnover',
  {
    partyId: uuid('party_id').primaryKey().references(() => parties.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    worldwideEurM: numeric('worldwide_eur_m', { precision: 14, scale: 2 }),
    euEurM: numeric('eu_eur_m', { precision: 14, scale: 2 }),
    byMemberState: jsonb('by_member_state').$type<Record<string, number>>().notNull().default({}),
    // Until the breakdown is marked complete, a state not listed is unknown rather than zero.
    byMemberStateComplete: boolean('by_member_state_complete').notNull().default(false),
    version: integer('version').notNull().default(0),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('party_turnover_case_idx').on(t.caseId)],
);
