import { ValidationError } from '@/lib/core/errors';
import type { Finding } from './publication';

const LISTED_IN_MESSAGE = 12;

/**
 * The non-confidential edition was refused: texts from the case file hold figures counsel has
 * neither marked confidential nor declared public. The job keeps `findings` so the page can
 * list each place with a link to mark it.
 */
export class UnmarkedFiguresError extends ValidationError {
  constructor(readonly findings: Finding[]) {
    const count = new Set(findings.flatMap((f) => f.figures)).size;
    const places = findings.slice(0, LISTED_IN_MESSAGE).map((f) => `${f.field} at ${f.location}: ${f.figures.join(', ')}`);
    const more = findings.length > LISTED_IN_MESSAGE ? `; and ${findings.length - LISTED_IN_MESSAGE} more places` : '';
    super(
      `The non-confidential edition was not generated: ${count} figure(s) in ${findings.length} place(s) are neither marked confidential nor declared public. ` +
        `Mark each on the Confidentiality page, then generate again. ${places.join('; ')}${more}.`,
    );
  }
}
