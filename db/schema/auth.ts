import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ROLES, USER_STATUSES } from '@/lib/auth/schemas';

export const roleEnum = pgEnum('role', ROLES);
export const userStatusEnum = pgEnum('user_status', USER_STATUSES);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: roleEnum('role').notNull(),
  status: userStatusEnum('status').notNull().default('active'),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  // Bumped on password change/reset and disable so older sessions stop working.
  sessionEpoch: integer('session_epoch').notNull().default(0),
  calendarToken: text('calendar_token').unique(),
  // Two-step sign-in (lib/auth/mfa/): the TOTP secret once confirmed, the one being set up, and the
  // last 30-second step accepted, so a code is good once.
  mfaSecret: text('mfa_secret'),
  mfaPendingSecret: text('mfa_pending_secret'),
  mfaEnabledAt: timestamp('mfa_enabled_at', { withTimezone: true }),
  mfaLastStep: integer('mfa_last_step'),
  version: integer('version').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// One row per sign-in: its id travels in the session cookie, and every request reads it with the
// user (lib/auth/session.ts), so signing out, "sign out everywhere" and an expired lifetime end the
// session on the server, whatever the browser still holds.
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // Refreshed at most once a minute (session.ts), so a page view is not a write.
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
    lastIp: text('last_ip'),
    userAgent: text('user_agent'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
    // When this session last proved the second factor (sign-in or re-verification): sensitive acts need it recent.
    mfaVerifiedAt: timestamp('mfa_verified_at', { withTimezone: true }),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId, t.createdAt), index('user_sessions_user_ip_idx').on(t.userId, t.ip)],
);


// One-use recovery codes for two-step sign-in, stored as SHA-256 hashes (they are random, not chosen).
export const mfaRecoveryCodes = pgTable('mfa_recovery_codes', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull().references(() => users.id),
  codeHash: text('code_hash').notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
}, (t) => [index('mfa_recovery_codes_user_idx').on(t.userId)]);

// Sign-in throttling (lib/auth/throttle/): one row per key — an account ("account:<email>") or an
// account from one address ("pair:<email>|<ip>"). A check must first claim the key (busy_until),
// so concurrent guesses are not all checked; failures push next_attempt_at further out.
export const signInKeys = pgTable('sign_in_keys', {
  key: text('key').primaryKey(),
  email: text('email').notNull(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
  busyUntil: timestamp('busy_until', { withTimezone: true }),
}, (t) => [index('sign_in_keys_email_idx').on(t.email)]);

// The open audit window of failed sign-ins per account: the trail gets one event per account and
// window with the counts (lib/auth/throttle/failure-window.ts), never one per request.
export const signInFailureWindows = pgTable('sign_in_failure_windows', {
  account: text('account').primaryKey(),
  userId: uuid('user_id'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
  failures: integer('failures').notNull().default(0),
  refused: integer('refused').notNull().default(0),
  addresses: jsonb('addresses').$type<string[]>().notNull().default([]),
});

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
