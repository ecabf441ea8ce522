import type { SessionUser } from '@/lib/access';
import { getMarket } from '@/lib/markets/get-market';
import { getSavedAnalysis, type SavedAnalysis } from '@/lib/markets/get-saved-analysis';
import { listMarkets } from '@/lib/markets/list-markets';
import { listSavedAnalyses } from '@/lib/markets/list-saved-analyses';
import { toCsvFile } from '@/lib/markets/csv';
import { loadCaseEvents } from '../sources/audit';
import { loadChecklistFacts } from '../sources/checklists';

/*
 * The case's data as CSV and JSON for the auditor's download centre and package. Each dataset is
 * read through its domain's verbs as the requesting user, so the wall applies as everywhere else.
 */

export const EXPORT_DATASETS = ['clusters', 'saved-analyses', 'checklist-items', 'audit-events'] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];
export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const DATASET_LABELS: Record<ExportDataset, string> = {
  clusters: 'Clusters of every market',
  'saved-analyses': 'Saved analyses (inputs, results, hashes)',
  'checklist-items': 'Checklist items with sign-offs',
  'audit-events': 'Audit events of the case',
};

const MAX_EXPORT_EVENTS = 200_000;

export interface Dataset {
  /** CSV: a header row and one row per record. */
  table: string[][];
  /** JSON: the full records (nested where the CSV flattens). */
  json: unknown;
  count: number;
}

const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));

async function clusters(actor: SessionUser, caseId: string): Promise<Dataset> {
  const markets = await listMarkets({ actor, caseId });
  const header = ['market', 'firm', 'cluster', 'site', 'accelerator', 'count_low', 'count_central', 'count_high', 'status', 'as_of', 'source'];
  const records = [];
  for (const m of markets) {
    const detail = await getMarket({ actor, caseId, marketId: m.id });
    for (const c of detail.clusters) {
      records.push({ market: m.name, firm: c.firm, cluster: c.name, site: c.site, accelerator: c.accelerator, countLow: c.countLow, countCentral: c.countCentral, countHigh: c.countHigh, status: c.status, asOf: c.asOf, source: c.source });
    }
  }
  return { table: [header, ...records.map((r) => [r.market, r.firm, r.cluster, r.site, r.accelerator, s(r.countLow), s(r.countCentral), s(r.countHigh), r.status, r.asOf, r.source])], json: { clusters: records }, count: records.length };
}

async function savedAnalyses(actor: SessionUser, caseId: string): Promise<Dataset> {
  const list = await listSavedAnalyses({ actor, caseId });
  const full: SavedAnalysis[] = [];
  for (const a of list) full.push(await getSavedAnalysis({ actor, caseId, analysisId: a.id }));
  const header = ['id', 'title', 'market', 'scenario', 'created_at', 'created_by', 'inputs_sha256', 'hash_verified', 'hhi_before', 'hhi_after', 'delta_hhi_low', 'delta_hhi_central', 'delta_hhi_high', 'us_2023', 'us_2010', 'eu_2004'];
  const concern = (a: SavedAnalysis, g: string) => a.results.screens?.find((x) => x.guideline === g)?.concern ?? '';
  const rows = full.map((a) => [
    a.id, a.title, a.inputs.market.name, a.inputs.scenario?.name ?? '', a.createdAt.toISOString(), a.createdByName, a.inputsSha256, String(a.hashVerified),
    s(a.results.pre.hhi), s(a.results.post?.hhi), s(a.results.delta?.low), s(a.results.delta?.central), s(a.results.delta?.high),
    concern(a, 'us-2023'), concern(a, 'us-2010'), concern(a, 'eu-2004'),
  ]);
  return { table: [header, ...rows], json: { savedAnalyses: full.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })) }, count: full.length };
}

async function checklistItems(actor: SessionUser, caseId: string): Promise<Dataset> {
  const facts = await loadChecklistFacts(actor, caseId);
  const header = ['checklist', 'section', 'reference', 'title', 'status', 'preparer', 'reviewer', 'due_date', 'last_edited_by', 'last_edited_at', 'content_hash', 'approved_by', 'approved_at', 'approved_hash', 'approval_matches_content', 'evidence_files', 'evidence_sha256', 'open_threads'];
  const rows = facts.checklists.flatMap((l) => l.items.map((it) => [
    l.name, it.section, it.reference, it.title, it.status, s(it.preparer), s(it.reviewer), s(it.dueDate), s(it.lastEditedBy), s(it.lastEditedAt), it.contentHash,
    s(it.approval?.approver), s(it.approval?.approvedAt), s(it.approval?.contentHash), it.approval ? String(it.approval.matchesContent) : '',
    it.evidence.filter((e) => e.current).map((e) => e.fileName).join('; '), it.evidence.filter((e) => e.current).map((e) => e.sha256).join('; '), String(it.openThreads.length),
  ]));
  return { table: [header, ...rows], json: facts, count: rows.length };
}

async function auditEvents(actor: SessionUser, caseId: string): Promise<Dataset> {
  const { events, truncated } = await loadCaseEvents(actor, caseId, { from: null, to: null }, MAX_EXPORT_EVENTS);
  const ordered = [...events].reverse();
  const header = ['seq', 'occurred_at', 'actor_email', 'action', 'entity_type', 'entity_id', 'changes', 'ip', 'user_agent', 'hash'];
  const rows = ordered.map((e) => [String(e.seq), e.occurredAt.toISOString(), s(e.actorEmail), e.action, e.entityType, s(e.entityId), e.changes == null ? '' : JSON.stringify(e.changes), s(e.ip), s(e.userAgent), e.hash]);
  return {
    table: [header, ...rows],
    json: { truncated, events: ordered.map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() })) },
    count: rows.length,
  };
}

export function loadDataset(actor: SessionUser, caseId: string, dataset: ExportDataset): Promise<Dataset> {
  switch (dataset) {
    case 'clusters':
      return clusters(actor, caseId);
    case 'saved-analyses':
      return savedAnalyses(actor, caseId);
    case 'checklist-items':
      return checklistItems(actor, caseId);
    case 'audit-events':
      return auditEvents(actor, caseId);
  }
}

export function render(d: Dataset, format: ExportFormat): string {
  return format === 'csv' ? toCsvFile(d.table) : `${JSON.stringify(d.json, null, 2)}\n`;
}
