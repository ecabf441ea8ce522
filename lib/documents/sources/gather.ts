import type { SessionUser } from '@/lib/access';
import type { DocumentKind } from '../kinds';
import type { DocumentModel } from '../model';
import type { GenerateDocumentData } from '../schemas';
import { latestAnalysisId, loadAnalyses } from './analyses';
import { loadAuditFacts } from './audit';
import { loadCaseFacts } from './case-facts';
import { evidenceOf, loadChecklistFacts } from './checklists';
import { loadCaseTimeline, loadHsrFacts, loadReviewFacts, loadTurnoverFacts } from './reviews';

export interface Gathered {
  model: DocumentModel;
  /** What the registry records beside the snapshot hash. */
  source: Record<string, unknown>;
  savedAnalysisId: string | null;
}

/**
 * Reads what one document needs through the domain verbs, as the requesting user: the wall is
 * checked again at generation time, so a user removed from the case in between gets nothing.
 */
export async function gatherModel(actor: SessionUser, caseId: string, kind: DocumentKind, options: GenerateDocumentData): Promise<Gathered> {
  const { version: caseVersion, ...c } = await loadCaseFacts(actor, caseId);
  const base = { caseVersion, options: { savedAnalysisIds: options.savedAnalysisIds, from: options.from, to: options.to } };
  switch (kind) {
    case 'form-co': {
      const id = options.savedAnalysisIds[0] ?? (await latestAnalysisId(actor, caseId));
      const [analysis] = id ? await loadAnalyses(actor, caseId, [id]) : [];
      const [turnover, reviews, checklist, timeline] = await Promise.all([
        loadTurnoverFacts(actor, caseId), loadReviewFacts(actor, caseId), loadChecklistFacts(actor, caseId), loadCaseTimeline(actor, caseId, c.longStopDate),
      ]);
      return {
        model: { kind, case: c, analysis: analysis ?? null, turnover, reviews, evidence: evidenceOf(checklist), timeline: { summary: timeline.summary, warning: timeline.warning } },
        source: { ...base, savedAnalyses: analysis ? [{ id: analysis.id, inputsSha256: analysis.inputsSha256 }] : [], reviews: reviews.length },
        savedAnalysisId: analysis?.id ?? null,
      };
    }
    case 'hsr-summary': {
      const [hsr, reviews] = await Promise.all([loadHsrFacts(actor, caseId), loadReviewFacts(actor, caseId)]);
      return { model: { kind, case: c, hsr, review: reviews.find((r) => r.authority === 'us-hsr') ?? null }, source: { ...base, hsrTable: hsr.assessment?.reportabilityTable.year ?? null }, savedAnalysisId: null };
    }
    case 'concentration-annex': {
      const analyses = await loadAnalyses(actor, caseId, options.savedAnalysisIds);
      return {
        model: { kind, case: c, analyses },
        source: { ...base, savedAnalyses: analyses.map((a) => ({ id: a.id, inputsSha256: a.inputsSha256 })) },
        savedAnalysisId: analyses[0]?.id ?? null,
      };
    }
    case 'checklist-report': {
      const checklist = await loadChecklistFacts(actor, caseId);
      return { model: { kind, case: c, checklist }, source: { ...base, checklists: checklist.checklists.length }, savedAnalysisId: null };
    }
    case 'audit-report': {
      const audit = await loadAuditFacts(actor, caseId, { from: options.from, to: options.to });
      const head = audit.chain.ok ? { headSeq: audit.chain.headSeq, headHash: audit.chain.headHash } : { brokenAt: audit.chain.brokenAt };
      return { model: { kind, case: c, audit }, source: { ...base, events: audit.events.length, chain: { ok: audit.chain.ok, ...head } }, savedAnalysisId: null };
    }
  }
}
