// PURE: how long sign-in waits after failures. Growing delays rather than a hard lock, so a
// stranger's guesses slow the guessing down without holding the account shut.

/** Failures an account may have from one address before each further attempt waits. */
export const PAIR_FREE_FAILURES = 5;
/** Failures an account may have from addresses it has never signed in from, in total, before they wait. */
export const ACCOUNT_FREE_FAILURES = 10;
export const FIRST_DELAY_SECONDS = 30;
export const MAX_DELAY_SECONDS = 15 * 60;
/** A key with no failure for this long starts again from zero. */
export const FAILURES_FORGOTTEN_AFTER_MINUTES = 60;
/** How long one check may hold its claim on a key: far longer than a password check takes. */
export const CLAIM_SECONDS = 10;
/** The audit trail gets one event per account and window of this length. */
export const FAILURE_WINDOW_MINUTES = 15;
/** An address the account signed in from within this many days is its usual address. */
export const USUAL_ADDRESS_DAYS = 90;

/** Seconds to wait before the next attempt after `failures` consecutive failures: 0, then 30 s, 1 min, 2 min … up to 15 minutes. */
export function delaySeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** Math.min(failures - free, 30));
}

export const pairKey = (email: string, ip: string | null) => `pair:${email}|${ip ?? 'unknown'}`;
export const accountKey = (email: string) => `account:${email}`;
