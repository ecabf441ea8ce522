import { analyzeMarket } from '@/lib/concentration';
import { toEngineInput } from '@/lib/markets/build-inputs';
import { inputsSha256 } from '@/lib/markets/compute';
import { ANALYSIS_FORMAT, HISTOGRAM_OPTIONS, type FrozenInputs } from '@/lib/markets/frozen-inputs';
import { hsrAssessment, HSR_TABLES } from '@/lib/hsr';
import type { AnalysisFacts, AnnexModel, AuditReportModel, CaseFacts, ChecklistReportModel, DocumentMeta, DocumentModel, FormCoModel, HsrSummaryModel } from '@/lib/documents/model';
import type { DocumentEdition, DocumentKind } from '@/lib/documents/kinds';
import type { Mark } from '@/lib/documents/publication';
import { DEMO_ACCELERATORS } from '../concentration/demo-market.fixture';

/*
 * Hand-built models for the composers: parties named in Greek, Cyrillic and CJK, and confidential
 * figures chosen so that none is a round number (a range bound can never equal one of them).
 */

export const PARTY_NAMES = { greek: 'Ανθρωπική Α.Ε.', cyrillic: 'ООО Колосс', cjk: '深度求索' } as const;

const FIRM_ROWS: [string, string, string, number, number, number][] = [
  [PARTY_NAMES.greek, 'Αθήνα-1', 'NVIDIA H100 SXM', 41_237, 43_719, 47_183],
  [PARTY_NAMES.greek, 'Πάτρα TPU', 'Google TPU v6e (Trillium)', 12_917, 13_841, 15_373],
  [PARTY_NAMES.cyrillic, 'Колосс-2', 'NVIDIA H200 SXM', 37_412, 37_412, 37_412],
  [PARTY_NAMES.cjk, '北京一号', 'NVIDIA H100 SXM', 52_391, 58_127, 63_841],
  ['Helios Compute GmbH', 'Frankfurt am Main', 'AMD Instinct MI300X', 23_417, 27_193, 29_861],
  ['Orbital Labs Inc.', 'Abilene, Texas', 'NVIDIA GB200 (per GPU)', 8_123, 9_787, 11_093],
];

export function frozenInputs(opts: { rows?: number } = {}): FrozenInputs {
  const n = opts.rows ?? FIRM_ROWS.length;
  const used = new Set<string>();
  const clusters = Array.from({ length: n }, (_, i) => {
    const [firm, cluster, accelerator, low, central, high] = FIRM_ROWS[i % FIRM_ROWS.length];
    used.add(accelerator);
    const k = Math.floor(i / FIRM_ROWS.length);
    return {
      firm, ultimateParent: firm, cluster: k ? `${cluster} #${k + 1}` : cluster, site: `${cluster} campus`, accelerator,
      count: { low: low + k, central: central + k, high: high + k }, status: 'operational' as const, asOf: '2025-09-30', source: 'Press reports', counted: true,
    };
  });
  return {
    format: ANALYSIS_FORMAT,
    market: { name: 'AI training compute (worldwide)', definition: 'Installed accelerator capacity usable for frontier model training.', metric: 'compute', geographicScope: 'Worldwide', asOf: '2025-09-30', includeNonOperational: false },
    catalogue: DEMO_ACCELERATORS.filter((a) => used.has(a.name)).map((a) => ({ name: a.name, vendor: a.name.split(' ')[0], tflops: a.tflops, watts: a.watts ?? null, sourceNote: 'Vendor datasheet' })),
    clusters,
    scenario: { name: 'Колосс-2 transfer', kind: 'transfer', from: PARTY_NAMES.cyrillic, to: PARTY_NAMES.greek, accelerator: 'NVIDIA H200 SXM', count: { low: 21_347, central: 26_419, high: 31_583 } },
    monteCarlo: { draws: 2_000, seed: 7, distribution: 'uniform', histogram: HISTOGRAM_OPTIONS },
  };
}

export function analysisFacts(opts: { rows?: number } = {}): AnalysisFacts {
  const inputs = frozenInputs(opts);
  return {
    id: '00000000-0000-4000-8000-000000000001',
    title: 'Transfer of Колосс-2, central case',
    createdAt: '2026-01-15T10:00:00.000Z',
    createdByName: 'Clara Counsel',
    inputsSha256: inputsSha256(inputs),
    hashVerified: true,
    inputs,
    results: analyzeMarket(toEngineInput(inputs)),
  };
}

export const CASE: CaseFacts = {
  id: '00000000-0000-4000-8000-00000000000c',
  name: `Project Kolossos: ${PARTY_NAMES.greek} ← ${PARTY_NAMES.cyrillic}`,
  codename: 'KOLOSSOS',
  dealType: 'asset-transfer',
  dealTypeLabel: 'Asset transfer',
  description: 'Transfer of the Колосс-2 cluster (about 26,419 accelerators) for USD 8,437.25 million.',
  valueLowM: 8437.25,
  valueHighM: 9173.5,
  currency: 'USD',
  status: 'pre-filing',
  longStopDate: '2027-06-30',
  parties: [
    { name: PARTY_NAMES.greek, role: 'acquirer', roleLabel: 'Acquirer / transferee', country: 'Greece', ultimateParent: PARTY_NAMES.greek },
    { name: PARTY_NAMES.cyrillic, role: 'target', roleLabel: 'Target / transferor', country: 'Serbia', ultimateParent: 'ООО Колосс Холдинг' },
    { name: PARTY_NAMES.cjk, role: 'other', roleLabel: 'Other', country: 'China', ultimateParent: '深度求索人工智能' },
  ],
  marks: [],
};

/** What counsel marks in the fixtures' free text, so their non-confidential editions are not refused. */
export const FIXTURE_MARKS: Mark[] = [
  { kind: 'passage', subject: 'text', text: 'about 26,419 accelerators', publicLabel: '', category: 'business-secret', justification: 'The size of the transferred cluster is not public.' },
  { kind: 'passage', subject: 'text', text: 'USD 8,437.25 million', publicLabel: '', category: 'business-secret', justification: 'The price has not been announced.' },
  { kind: 'passage', subject: 'text', text: 'for 8,437.25 million', publicLabel: '', category: 'business-secret', justification: 'The price has not been announced.' },
  { kind: 'public-figure', subject: 'text', text: '2025', publicLabel: '', category: null, justification: '' },
];

/** A fixture model with the marks applied, for non-confidential editions. */
export function markedModelFor(kind: DocumentKind, opts: { rows?: number; events?: number } = {}): DocumentModel {
  const m = modelFor(kind, opts);
  return { ...m, case: { ...m.case, marks: FIXTURE_MARKS } } as DocumentModel;
}

const EVIDENCE = { item: 'Board approval', fileName: 'Πρακτικά ΔΣ.pdf', revision: 2, sha256: 'e3'.repeat(32), sizeBytes: 48_213, uploadedAt: '2026-02-01T08:00:00.000Z', uploadedBy: 'Clara Counsel', current: true };
export const SINCE: NonNullable<ChecklistReportModel['checklist']>['checklists'][number]['items'][number]['sinceApproval'] = {
  approver: 'Rafael Reviewer', approvedAt: '2026-02-02T09:30:00.000Z', lapsedAt: '2026-02-03T12:00:00.000Z', lapsedBy: 'Clara Counsel', reason: 'content changed (answer, evidence)', contentKept: true,
  title: null, notApplicable: null,
  answer: [{ op: 'same', text: 'Turnover of 深度求索 as ' }, { op: 'removed', text: 'estimated' }, { op: 'added', text: 'audited' }, { op: 'same', text: ' by the auditors.' }],
  evidence: [{ fileName: 'Πρακτικά ΔΣ.pdf', change: 'revised', approvedRevision: 1, nowRevision: 2 }],
};
const CHECKLIST: ChecklistReportModel['checklist'] = {
  checklists: [{
    name: 'Form CO — acquiring party', template: 'EU Form CO (version 1)', progress: { approved: 1, total: 2 },
    items: [
      { section: 'Section 1', reference: '1.1', title: 'Board approval', status: 'Approved', notApplicable: false, naReason: '', answer: 'Approved by the board of ООО Колосс on 12 January for 8,437.25 million.', preparer: 'Clara Counsel', reviewer: 'Rafael Reviewer', dueDate: '2026-02-15', lastEditedBy: 'Clara Counsel', lastEditedAt: '2026-02-01T08:00:00.000Z', contentHash: 'a1'.repeat(32), approval: { approver: 'Rafael Reviewer', approvedAt: '2026-02-02T09:30:00.000Z', contentHash: 'a1'.repeat(32), matchesContent: true }, removedFromTemplateVersion: null, sinceApproval: null, evidence: [EVIDENCE], openThreads: [] },
      { section: 'Section 2', reference: '2.4', title: 'Turnover of 深度求索', status: 'In progress', notApplicable: false, naReason: '', answer: '', preparer: 'Clara Counsel', reviewer: null, dueDate: null, lastEditedBy: null, lastEditedAt: null, contentHash: 'b2'.repeat(32), approval: null, removedFromTemplateVersion: 2, sinceApproval: SINCE, evidence: [], openThreads: [{ author: 'Rafael Reviewer', createdAt: '2026-02-03T10:00:00.000Z', body: 'Is the 2025 figure audited?', replies: [{ author: 'Clara Counsel', createdAt: '2026-02-03T11:00:00.000Z', body: 'Not yet.' }] }] },
    ],
  }],
};

export function modelFor(kind: DocumentKind, opts: { rows?: number; events?: number } = {}): DocumentModel {
  switch (kind) {
    case 'form-co':
      return { kind, case: CASE, analysis: analysisFacts(), turnover: null, evidence: null, reviews: [
        { authority: 'eu-commission', title: 'European Commission', caseNumber: 'M.12345', events: [{ label: 'Notification', date: '2026-03-02', note: '' }], deadlines: [{ label: 'Phase I deadline', date: '2026-04-14', state: 'upcoming', endsAt: null, citation: 'Art. 10(1) EUMR' }], problem: null },
      ] } satisfies FormCoModel;
    case 'hsr-summary':
      return {
        kind, case: CASE, review: null,
        hsr: { status: 'ok', message: null, assessment: hsrAssessment({ valueUsd: { lowUsd: 8_437_250_000, highUsd: 9_173_500_000 }, filingDate: '2026-03-02', tables: HSR_TABLES }), filingDate: '2026-03-02', filingDateSource: 'today', closingDate: null, thresholds: { year: 2026, sizeOfTransactionUsd: 133_900_000, noSizeOfPersonAboveUsd: 535_500_000 } },
      } satisfies HsrSummaryModel;
    case 'concentration-annex':
      return { kind, case: CASE, analyses: [analysisFacts({ rows: opts.rows })] } satisfies AnnexModel;
    case 'checklist-report':
      return { kind, case: CASE, checklist: CHECKLIST } satisfies ChecklistReportModel;
    case 'audit-report':
      return {
        kind, case: CASE,
        audit: {
          from: '2026-01-01', to: '2026-01-31', truncated: false,
          chain: { ok: true, count: 9, headHash: 'ab'.repeat(32), headSeq: 9 },
          events: Array.from({ length: opts.events ?? 9 }, (_, i) => ({ seq: i + 1, occurredAt: `2026-01-${String(2 + (i % 28)).padStart(2, '0')}T09:00:00.000Z`, actorEmail: 'counsel@demo.example', action: 'party.create', entityType: 'party', entityId: null, changes: `{"name":"${PARTY_NAMES.cjk}","turnover":8437.25}`, hash: `${i}`.padStart(64, 'c') })),
        },
      } satisfies AuditReportModel;
  }
}

export function metaFor(kind: DocumentKind, edition: DocumentEdition = 'confidential'): DocumentMeta {
  return { kind, edition, number: `KOLOSSOS-${kind}-v2`, version: 2, generatedAt: new Date('2026-03-04T10:15:00Z'), generatedByName: 'Clara Counsel', snapshotSha256: 'f'.repeat(64) };
}
