import { EngineInputError } from '@/lib/core/errors';

/**
 * The one error type the analysis throws for bad input. Messages are meant to
 * be shown to counsel as-is, so they name the firm, chip and figure at fault
 * rather than an array index or a field path.
 */
export class ConcentrationError extends EngineInputError {}
