import { composeDocument, CONFIDENTIAL_MARKING, NON_CONFIDENTIAL_MARKING, type ComposedDocument, type DocContext } from '@/lib/pdf';
import { figuresFor, type Figures } from '../figures';
import { DOCUMENT_KIND_LABELS, EDITION_LABELS } from '../kinds';
import type { CaseFacts, DocumentMeta } from '../model';
import { stepper, type ProgressReporter, type Stepper } from './progress';

export interface FilingContext {
  ctx: DocContext;
  fig: Figures;
  steps: Stepper;
}

/** The frame every filing document shares: metadata, running header and footer, edition, progress. */
export function composeFiling(
  c: Pick<CaseFacts, 'name' | 'codename'>,
  meta: DocumentMeta,
  subject: string,
  build: (f: FilingContext) => Promise<void>,
  report?: ProgressReporter,
): Promise<ComposedDocument> {
  const label = DOCUMENT_KIND_LABELS[meta.kind];
  const fig = figuresFor(meta.edition);
  const steps = stepper(report);
  return composeDocument(
    {
      metadata: {
        title: `${label} — ${c.name} (${EDITION_LABELS[meta.edition].toLowerCase()}, version ${meta.version})`,
        author: meta.generatedByName,
        subject,
        keywords: [label, c.codename, meta.number, EDITION_LABELS[meta.edition], 'merger control'],
      },
      furniture: {
        caseCodename: c.codename,
        documentTitle: `${label} · v${meta.version}`,
        confidentiality: meta.edition === 'confidential' ? CONFIDENTIAL_MARKING : NON_CONFIDENTIAL_MARKING,
        documentId: meta.number,
      },
      generatedAt: meta.generatedAt,
    },
    async (ctx) => {
      await build({ ctx, fig, steps });
      await steps.step(0.96, 'Numbering pages and saving');
    },
  );
}
