/*
 * What a database error means to the person who sent the request. The drivers (pg, PGlite) report
 * SQLSTATE codes; drizzle wraps them in `cause`. Verbs check before they write and lock what they
 * compare, so these arrive only when two people act in the same instant or the database is away:
 * each still gets a sentence a lawyer can act on instead of "Something went wrong".
 */

type PgLike = { code?: string; constraint?: string; message?: string; cause?: unknown };

function* chain(err: unknown): Generator<PgLike> {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as PgLike).cause, depth++) yield e as PgLike;
}

/** The SQLSTATE code of a database error, however the driver wraps it. */
export function sqlState(err: unknown): string | undefined {
  for (const e of chain(err)) if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  return undefined;
}

/** A unique-index violation (someone saved the same thing at the same time), with the index's name. */
export function uniqueViolation(err: unknown): { constraint: string | undefined } | null {
  for (const e of chain(err)) {
    if (e.code === '23505') return { constraint: e.constraint ?? /"([^"]+)"/.exec(e.message ?? '')?.[1] };
  }
  return null;
}

/** Unique indexes a form can hit, by the field that names the duplicate. */
const UNIQUE_FIELDS: Record<string, { field: string; message: string }> = {
  market_firms_name_idx: { field: 'name', message: 'This market already has a firm with that name (just added by someone else).' },
  clusters_firm_name_idx: { field: 'name', message: 'This firm already has a cluster with this name in the market (just added by someone else).' },
  accelerators_name_unique: { field: 'name', message: 'The catalogue already has an accelerator with this name.' },
  users_email_unique: { field: 'email', message: 'A user with this email address already exists.' },
  checklist_templates_key_unique: { field: 'key', message: 'A template with this key already exists.' },
};

export const SAME_TIME_MESSAGE = 'Not saved: someone else saved the same thing at the same moment. Reload the page to see their change.';

/** Field error for a unique violation, or a general refusal when no form field matches. */
export function uniqueViolationResult(constraint: string | undefined): { message: string; fieldErrors?: Record<string, string> } {
  const known = constraint ? UNIQUE_FIELDS[constraint] : undefined;
  if (!known) return { message: SAME_TIME_MESSAGE };
  return { message: 'Not saved: ' + known.message[0].toLowerCase() + known.message.slice(1), fieldErrors: { [known.field]: known.message } };
}

/** Serialisation failures and deadlocks: the transaction rolled back whole and may simply be tried again. */
export function isRetryable(err: unknown): boolean {
  const code = sqlState(err);
  return code === '40001' || code === '40P01' || code === '55P03';
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = [/Connection terminated/i, /timeout exceeded when trying to connect/i, /connection (is )?closed/i, /PGlite is closed/i, /Client has encountered a connection error/i, /the database system is (starting up|shutting down|in recovery mode)/i];

/** The database did not answer (server down, restarting, connection cut): the request may be retried later. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (const e of chain(err)) {
    const code = e.code;
    if (code && (NETWORK_CODES.has(code) || code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300')) return true;
    if (e.message && UNAVAILABLE_MESSAGES.some((re) => re.test(e.message!))) return true;
    if (e instanceof AggregateError && e.errors.some((x) => isDatabaseUnavailable(x))) return true;
  }
  return false;
}

export const UNAVAILABLE_MESSAGE = 'The service is unavailable for a moment (the database did not answer). Nothing was saved; try again in a minute.';
export const RETRY_MESSAGE = 'Not saved: the database was busy with a change made at the same moment. Nothing was saved; please try again.';
