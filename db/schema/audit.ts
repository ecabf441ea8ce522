import { bigserial, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { cases } from './cases';

// Append-only: a trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE.
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    caseId: uuid('case_id'),
    changes: jsonb('changes'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_case_idx').on(t.caseId, t.seq),
    index('audit_actor_idx').on(t.actorId),
    index('audit_time_idx').on(t.occurredAt),
  ],
);

// Refused accesses to a case (lib/wall/record-refusal.ts): one row per user, case and hour with a
// count, for the ethical wall report. The first of each hour is also an audit event.
export const wallRefusals = pgTable(
  'wall_refusals',
  {
    userId: uuid('user_id').notNull().references(() => users.id),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    hour: timestamp('hour', { withTimezone: true }).notNull(),
    kind: text('kind').notNull(),
    attempts: integer('attempts').notNull().default(1),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull().defaultNow(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull().defaultNow(),
    lastAbility: text('last_ability').notNull(),
    lastIp: text('last_ip'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.caseId, t.hour] }), index('wall_refusals_hour_idx').on(t.hour)],
);
