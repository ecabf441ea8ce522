import type { ComposedDocument } from '@/lib/pdf';
import type { DocumentMeta, DocumentModel } from '../model';
import { composeAnnex } from './annex';
import { composeAuditReport } from './audit-report';
import { composeChecklistReport } from './checklist-report';
import { composeFormCo } from './form-co';
import { composeHsrSummary } from './hsr-summary';
import type { ProgressReporter } from './progress';

/** Pure: a model and the registry's metadata in, PDF bytes out. */
export function composeModel(model: DocumentModel, meta: DocumentMeta, report?: ProgressReporter): Promise<ComposedDocument> {
  switch (model.kind) {
    case 'form-co':
      return composeFormCo(model, meta, report);
    case 'hsr-summary':
      return composeHsrSummary(model, meta, report);
    case 'concentration-annex':
      return composeAnnex(model, meta, report);
    case 'checklist-report':
      return composeChecklistReport(model, meta, report);
    case 'audit-report':
      return composeAuditReport(model, meta, report);
  }
}

export type { ProgressReporter } from './progress';
