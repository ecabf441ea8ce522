import { ZodError } from 'zod';
import { isDatabaseUnavailable, isRetryable, RETRY_MESSAGE, UNAVAILABLE_MESSAGE, uniqueViolation, uniqueViolationResult } from './db-errors';
import { EngineInputError, isDomainError, type ConflictInfo } from './errors';

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; conflict?: ConflictInfo; notFound?: boolean; unavailable?: boolean };

export const SESSION_ENDED: ActionResult<never> = { ok: false, message: 'Your session has ended. Sign in again; your input is still on this page.' };

/** Field errors keyed by the form's field names, first message per field. */
export function zodFieldErrors(err: ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of err.issues) {
    const key = issue.path.join('.') || '_form';
    out[key] ??= issue.message;
  }
  return out;
}

/** Maps a verb's outcome to what a form can show; unexpected errors are logged and reported plainly. */
export async function toResult<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (err) {
    if (err instanceof ZodError) {
      const fieldErrors = zodFieldErrors(err);
      // An error on the input as a whole (no field to mark) is the message itself.
      return { ok: false, message: fieldErrors._form ?? 'Some fields need attention.', fieldErrors };
    }
    if (isDomainError(err)) {
      switch (err.kind) {
        case 'validation':
          return { ok: false, message: err.message, fieldErrors: err.fieldErrors };
        case 'conflict':
          return { ok: false, message: err.message, conflict: err.info };
        case 'not-found':
          return { ok: false, message: err.message, notFound: true };
        default:
          return { ok: false, message: err.message };
      }
    }
    if (err && typeof err === 'object' && 'digest' in err) throw err; // Next's redirect/notFound signals
    // The pure engines refuse bad input with messages written for counsel: pass those through as they are.
    if (err instanceof EngineInputError) return { ok: false, message: err.message };
    const unique = uniqueViolation(err);
    if (unique) return { ok: false, ...uniqueViolationResult(unique.constraint) };
    if (isRetryable(err)) return { ok: false, message: RETRY_MESSAGE };
    if (isDatabaseUnavailable(err)) {
      console.error('Database unavailable during an action', err instanceof Error ? err.message : err);
      return { ok: false, message: UNAVAILABLE_MESSAGE, unavailable: true };
    }
    console.error('Unexpected error in action', err);
    return { ok: false, message: 'Something went wrong on our side; nothing was saved. Please try again.' };
  }
}
