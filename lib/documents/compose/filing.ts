import { composeDocument, CONFIDENTIAL_MARKING, heading, NON_CONFIDENTIAL_MARKING, table, type ComposedDocument, type DocContext } from '@/lib/pdf';
import { CLAIM_CATEGORY_LABELS } from '../confidentiality-kinds';
import { figuresFor, type Figures } from '../figures';
import { DOCUMENT_KIND_LABELS, EDITION_LABELS } from '../kinds';
import type { CaseFacts, DocumentMeta } from '../model';
import { UnmarkedFiguresError } from '../unmarked-figures-error';
import { note } from './blocks';
import { stepper, type ProgressReporter, type Stepper } from './progress';

export interface FilingContext {
  ctx: DocContext;
  fig: Figures;
  steps: Stepper;
  /** The case name and codename as this edition prints them (public labels in the non-confidential one). */
  caseName: string;
  codename: string;
}

/** Where the composer is: the page and the last heading, for findings and the claims index. */
function locator(ctx: DocContext): () => string {
  return () => {
    const h = ctx.outline[ctx.outline.length - 1];
    return `p. ${ctx.doc.getPageCount()}${h ? ` — ${h.title}` : ''}`;
  };
}

/**
 * The frame every filing document shares: metadata, running header and footer, edition, progress.
 * For the non-confidential edition it ends with the confidentiality claims index and refuses (throws
 * UnmarkedFiguresError, nothing saved) if any text from the case file held an unmarked figure.
 */
export function composeFiling(
  c: Pick<CaseFacts, 'name' | 'codename' | 'marks'>,
  meta: DocumentMeta,
  subject: string,
  build: (f: FilingContext) => Promise<void>,
  report?: ProgressReporter,
): Promise<ComposedDocument> {
  const label = DOCUMENT_KIND_LABELS[meta.kind];
  const fig = figuresFor(meta.edition, c.marks);
  const caseName = fig.name(c.name, 'case-name');
  const codename = fig.name(c.codename, 'codename');
  const steps = stepper(report);
  return composeDocument(
    {
      metadata: {
        title: `${label} — ${caseName} (${EDITION_LABELS[meta.edition].toLowerCase()}, version ${meta.version})`,
        author: meta.generatedByName,
        subject,
        keywords: [label, codename, meta.number, EDITION_LABELS[meta.edition], 'merger control'],
      },
      furniture: {
        caseCodename: codename,
        documentTitle: `${label} · v${meta.version}`,
        confidentiality: meta.edition === 'confidential' ? CONFIDENTIAL_MARKING : NON_CONFIDENTIAL_MARKING,
        documentId: meta.number,
      },
      generatedAt: meta.generatedAt,
    },
    async (ctx) => {
      fig.pub.locate = locator(ctx);
      await build({ ctx, fig, steps, caseName, codename });
      if (!fig.confidential) {
        if (fig.pub.findings.length) throw new UnmarkedFiguresError(fig.pub.findings);
        claimsIndex(ctx, fig);
      }
      await steps.step(0.96, 'Numbering pages and saving');
    },
  );
}

/** Every redaction of this edition with its place, category and counsel's justification. */
function claimsIndex(ctx: DocContext, fig: Figures): void {
  const claims = fig.pub.allClaims();
  heading(ctx, 'Confidentiality claims index', 1);
  note(ctx, 'Each redaction in this non-confidential edition: where it is, its category and why it is claimed. Ranges in [ ] replace exact figures; […] replaces a passage counsel marked confidential.');
  if (!claims.length) {
    note(ctx, 'No information is withheld in this edition.');
    return;
  }
  table(ctx, [
    { header: 'Location', width: { fr: 1.3 } },
    { header: 'Information withheld', width: { fr: 1.5 } },
    { header: 'Category', width: 80 },
    { header: 'Justification', width: { fr: 2 } },
  ], claims.map((cl) => [cl.location, cl.what, CLAIM_CATEGORY_LABELS[cl.category], cl.justification]), { zebra: true, fontSize: 7.5 });
}
