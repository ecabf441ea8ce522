/**
 * What the pure engines (clocks, concentration, HSR, jurisdiction) throw for input they cannot use.
 * Their messages are written for counsel and shown as they are; every engine error extends this,
 * so the edges recognise a new one without a list to keep.
 */
export class EngineInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
    // Keeps `instanceof` reliable when the code is down-levelled or bundled.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Errors that verbs throw for the edges to map: each carries a message a lawyer can act on. */
export class NotFoundError extends Error {
  readonly kind = 'not-found';
  constructor(what = 'This item') {
    super(`${what} does not exist or you do not have access to it.`);
  }
}

export class ForbiddenError extends Error {
  readonly kind = 'forbidden';
  constructor(message = 'You do not have permission to do this.') {
    super(message);
  }
}

export class ValidationError extends Error {
  readonly kind = 'validation';
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface ConflictInfo {
  changedBy: string;
  changedAt: string;
  currentVersion: number;
  current: Record<string, unknown>;
}

/** Someone saved a newer version: the caller keeps the user's input and shows who and when. */
export class ConflictError extends Error {
  readonly kind = 'conflict';
  constructor(readonly info: ConflictInfo) {
    super(
      `Not saved: ${info.changedBy} changed this at ${info.changedAt.replace('T', ' ').slice(0, 16)} UTC after you opened it. ` +
        'Your input is still here; review their changes and save again.',
    );
  }
}

export type DomainError = NotFoundError | ForbiddenError | ValidationError | ConflictError;

export function isDomainError(err: unknown): err is DomainError {
  return err instanceof NotFoundError || err instanceof ForbiddenError || err instanceof ValidationError || err instanceof ConflictError;
}
