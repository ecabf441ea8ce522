import type { AnalyzeMarketResult } from '@/lib/concentration';
import type { HsrAssessment } from '@/lib/hsr';
import type { FrozenInputs } from '@/lib/markets/frozen-inputs';
import type { DocumentEdition, DocumentKind } from './kinds';
import type { Mark } from './publication';

/*
 * What a composer is given: plain data (strings, numbers, ISO dates), gathered from the verbs
 * by lib/documents/sources. Its canonical JSON is hashed into the registry as the snapshot the
 * PDF was drawn from, and the benchmark and unit tests build these by hand, without a database.
 * A section whose data does not exist yet is `null`, and the composer prints the marker for counsel.
 */

export interface CaseFacts {
  id: string;
  name: string;
  codename: string;
  dealType: string;
  dealTypeLabel: string;
  description: string;
  /** Millions, as numbers; null when not estimated. */
  valueLowM: number | null;
  valueHighM: number | null;
  currency: string;
  status: string;
  longStopDate: string | null;
  parties: { name: string; role: string; roleLabel: string; country: string; ultimateParent: string }[];
  /** Counsel's confidentiality marks: what the non-confidential edition withholds (publication.ts). */
  marks: Mark[];
}

export interface AnalysisFacts {
  id: string;
  title: string;
  createdAt: string;
  createdByName: string;
  inputsSha256: string;
  hashVerified: boolean;
  inputs: FrozenInputs;
  results: AnalyzeMarketResult;
}

export interface TurnoverFacts {
  parties: { name: string; role: string; counted: boolean; worldwideEurM: number | null; euEurM: number | null; memberStates: { code: string; eurM: number }[] }[];
  /** The jurisdiction engine's conclusion and reasons, as text. */
  conclusion: string;
  reasons: string[];
  missing: string[];
}

export interface ReviewFacts {
  authority: string;
  title: string;
  caseNumber: string;
  events: { label: string; date: string; note: string }[];
  deadlines: { label: string; date: string | null; state: string; endsAt: string | null; citation: string }[];
  problem: string | null;
}

export interface HsrFacts {
  status: 'ok' | 'no-value' | 'not-usd' | 'error';
  message: string | null;
  assessment: HsrAssessment | null;
  filingDate: string | null;
  filingDateSource: 'filing' | 'today' | null;
  closingDate: string | null;
  /** The thresholds of the table the assessment used (admin-maintained), in whole dollars. */
  thresholds: { year: number; sizeOfTransactionUsd: number; noSizeOfPersonAboveUsd: number } | null;
}

export interface EvidenceFacts {
  item: string;
  fileName: string;
  revision: number;
  sha256: string;
  sizeBytes: number;
  uploadedAt: string;
  uploadedBy: string;
  current: boolean;
}

export interface SinceApprovalFacts {
  approver: string | null;
  approvedAt: string;
  lapsedAt: string;
  lapsedBy: string | null;
  reason: string;
  /** False for approvals given before their content was kept: only their hash exists. */
  contentKept: boolean;
  title: { approved: string; now: string } | null;
  notApplicable: { approved: string; now: string } | null;
  answer: { op: 'same' | 'added' | 'removed'; text: string }[] | null;
  evidence: { fileName: string; change: 'added' | 'removed' | 'revised'; approvedRevision: number | null; nowRevision: number | null }[];
}

export interface ChecklistFacts {
  checklists: {
    name: string;
    template: string | null;
    progress: { approved: number; total: number } | null;
    items: {
      section: string;
      reference: string;
      title: string;
      status: string;
      notApplicable: boolean;
      naReason: string;
      answer: string;
      preparer: string | null;
      reviewer: string | null;
      dueDate: string | null;
      lastEditedBy: string | null;
      lastEditedAt: string | null;
      contentHash: string;
      approval: { approver: string | null; approvedAt: string; contentHash: string; matchesContent: boolean } | null;
      /** The template version that no longer has this item (kept by an adoption), if any. */
      removedFromTemplateVersion: number | null;
      /** For an item whose approval lapsed and was not given again: that approval and what changed since. */
      sinceApproval: SinceApprovalFacts | null;
      evidence: EvidenceFacts[];
      openThreads: { author: string | null; createdAt: string; body: string; replies: { author: string | null; createdAt: string; body: string }[] }[];
    }[];
  }[];
}

export interface AuditEventFacts {
  seq: number;
  occurredAt: string;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: string;
  hash: string;
}

export interface AuditFacts {
  from: string | null;
  to: string | null;
  events: AuditEventFacts[];
  /** True when the period held more events than a report prints. */
  truncated: boolean;
  chain: { ok: true; count: number; headHash: string; headSeq: number | null } | { ok: false; count: number; brokenAt: number; reason: string };
}

export interface FormCoModel {
  kind: 'form-co';
  case: CaseFacts;
  turnover: TurnoverFacts | null;
  analysis: AnalysisFacts | null;
  reviews: ReviewFacts[] | null;
  evidence: EvidenceFacts[] | null;
  /** The case timeline's conclusion: latest expected clearance against the long-stop date. */
  timeline?: { summary: string; warning: string | null } | null;
}

export interface HsrSummaryModel {
  kind: 'hsr-summary';
  case: CaseFacts;
  hsr: HsrFacts | null;
  review: ReviewFacts | null;
}

export interface AnnexModel {
  kind: 'concentration-annex';
  case: CaseFacts;
  analyses: AnalysisFacts[];
}

export interface ChecklistReportModel {
  kind: 'checklist-report';
  case: CaseFacts;
  checklist: ChecklistFacts | null;
}

export interface AuditReportModel {
  kind: 'audit-report';
  case: CaseFacts;
  audit: AuditFacts;
}

export type DocumentModel = FormCoModel | HsrSummaryModel | AnnexModel | ChecklistReportModel | AuditReportModel;

/** What the registry knows before composing, printed on the title block and every footer. */
export interface DocumentMeta {
  kind: DocumentKind;
  edition: DocumentEdition;
  number: string;
  version: number;
  generatedAt: Date;
  generatedByName: string;
  snapshotSha256: string;
}
