import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CLUSTER_STATUSES, MC_DISTRIBUTIONS, METRICS, SCENARIO_KINDS } from '@/lib/markets/schemas';
import { users } from './auth';
import { cases } from './cases';

export const marketMetricEnum = pgEnum('market_metric', METRICS);
export const clusterStatusEnum = pgEnum('cluster_status', CLUSTER_STATUSES);
export const scenarioKindEnum = pgEnum('scenario_kind', SCENARIO_KINDS);
export const mcDistributionEnum = pgEnum('mc_distribution', MC_DISTRIBUTIONS);

/** The accelerator catalogue: reference data for every case, edited by admins. */
export const accelerators = pgTable('accelerators', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  vendor: text('vendor').notNull(),
  tflops: doublePrecision('tflops').notNull(),
  watts: integer('watts'),
  sourceNote: text('source_note').notNull(),
  // Memory and FP8 figures: null when unknown (or, for FP8, when the chip has no FP8 format).
  memoryGb: doublePrecision('memory_gb'),
  memoryBandwidthGbs: doublePrecision('memory_bandwidth_gbs'),
  fp8DenseTflops: doublePrecision('fp8_dense_tflops'),
  specsSourceNote: text('specs_source_note').notNull().default(''),
  version: integer('version').notNull().default(0),
  // Null for rows written by the reference seeder.
  updatedBy: uuid('updated_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const markets = pgTable(
  'markets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    name: text('name').notNull(),
    definition: text('definition').notNull().default(''),
    metric: marketMetricEnum('metric').notNull(),
    geographicScope: text('geographic_scope').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    includeNonOperational: boolean('include_non_operational').notNull().default(false),
    mcDraws: integer('mc_draws').notNull().default(10_000),
    mcSeed: integer('mc_seed').notNull().default(1),
    mcDistribution: mcDistributionEnum('mc_distribution').notNull().default('uniform'),
    version: integer('version').notNull().default(0),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('markets_case_idx').on(t.caseId)],
);

export const marketFirms = pgTable(
  'market_firms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    marketId: uuid('market_id').notNull().references(() => markets.id),
    name: text('name').notNull(),
    ultimateParent: text('ultimate_parent').notNull().default(''),
    version: integer('version').notNull().default(0),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('market_firms_name_idx').on(t.marketId, t.name)],
);

export const clusters = pgTable(
  'clusters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    marketId: uuid('market_id').notNull().references(() => markets.id),
    firmId: uuid('firm_id').notNull().references(() => marketFirms.id),
    name: text('name').notNull(),
    site: text('site').notNull().default(''),
    acceleratorId: uuid('accelerator_id').notNull().references(() => accelerators.id),
    countLow: integer('count_low').notNull(),
    countCentral: integer('count_central').notNull(),
    countHigh: integer('count_high').notNull(),
    status: clusterStatusEnum('status').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    source: text('source').notNull().default(''),
    // Keeps the order of an imported file (and so of an export) stable.
    position: integer('position').notNull().default(0),
    version: integer('version').notNull().default(0),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('clusters_market_idx').on(t.marketId, t.position),
    // One firm cannot list the same cluster twice: importing a file twice would double its capacity.
    uniqueIndex('clusters_firm_name_idx').on(t.marketId, t.firmId, t.name),
    check('clusters_count_order', sql`${t.countLow} >= 0 and ${t.countLow} <= ${t.countCentral} and ${t.countCentral} <= ${t.countHigh}`),
  ],
);

export const scenarios = pgTable(
  'scenarios',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    marketId: uuid('market_id').notNull().references(() => markets.id),
    name: text('name').notNull(),
    kind: scenarioKindEnum('kind').notNull(),
    buyerFirmId: uuid('buyer_firm_id').notNull().references(() => marketFirms.id),
    sellerFirmId: uuid('seller_firm_id').notNull().references(() => marketFirms.id),
    acceleratorId: uuid('accelerator_id').references(() => accelerators.id),
    countLow: integer('count_low'),
    countCentral: integer('count_central'),
    countHigh: integer('count_high'),
    version: integer('version').notNull().default(0),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('scenarios_market_idx').on(t.marketId)],
);

/**
 * A frozen analysis, cited by filings. Immutable: a trigger (custom migration) refuses UPDATE and
 * DELETE. It keeps the market and scenario ids only as references (no foreign key), so the
 * record outlives later edits or removal of what it was computed from.
 */
export const savedAnalyses = pgTable(
  'saved_analyses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    marketId: uuid('market_id').notNull(),
    scenarioId: uuid('scenario_id'),
    title: text('title').notNull(),
    inputs: jsonb('inputs').notNull(),
    results: jsonb('results').notNull(),
    inputsSha256: text('inputs_sha256').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('saved_analyses_case_idx').on(t.caseId, t.createdAt)],
);
