import { date, integer, numeric, pgEnum, pgTable, primaryKey, text, timestamp, uuid, index } from 'drizzle-orm/pg-core';
import { CASE_STATUSES, CURRENCIES, DEAL_TYPES, PARTY_ROLES } from '@/lib/cases/schemas';
import { users } from './auth';

export const dealTypeEnum = pgEnum('deal_type', DEAL_TYPES);
export const caseStatusEnum = pgEnum('case_status', CASE_STATUSES);
export const partyRoleEnum = pgEnum('party_role', PARTY_ROLES);
export const currencyEnum = pgEnum('currency', CURRENCIES);

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    codename: text('codename').notNull(),
    dealType: dealTypeEnum('deal_type').notNull(),
    description: text('description').notNull().default(''),
    // Millions, exact decimal: a float would misstate a $12,000.10M deal.
    valueLowM: numeric('value_low_m', { precision: 14, scale: 2 }),
    valueHighM: numeric('value_high_m', { precision: 14, scale: 2 }),
    currency: currencyEnum('currency').notNull().default('USD'),
    status: caseStatusEnum('status').notNull().default('pre-filing'),
    longStopDate: date('long_stop_date', { mode: 'string' }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    version: integer('version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cases_updated_idx').on(t.updatedAt)],
);

export const parties = pgTable(
  'parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    name: text('name').notNull(),
    role: partyRoleEnum('role').notNull(),
    country: text('country').notNull().default(''),
    ultimateParent: text('ultimate_parent').notNull().default(''),
    version: integer('version').notNull().default(0),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('parties_case_idx').on(t.caseId)],
);

export const caseMembers = pgTable(
  'case_members',
  {
    caseId: uuid('case_id').notNull().references(() => cases.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    addedBy: uuid('added_by').notNull().references(() => users.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('case_members_user_idx').on(t.userId)],
);
