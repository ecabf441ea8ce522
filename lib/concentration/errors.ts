/**
 * The one error type the analysis throws for bad input. Messages are meant to
 * be shown to counsel as-is, so they name the firm, chip and figure at fault
 * rather than an array index or a field path.
 */
export class ConcentrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConcentrationError';
    // Keeps `instanceof` reliable when the code is down-levelled or bundled.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
