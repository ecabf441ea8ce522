import { heading, type ComposedDocument, type TableColumn } from '@/lib/pdf';
import { formatNumber } from '@/lib/concentration';
import type { AuditReportModel, DocumentMeta } from '../model';
import { describeChanges } from './audit-changes';
import { body, facts, note, titleBlock, when } from './blocks';
import { composeFiling } from './filing';
import { longTable } from './long-table';
import type { ProgressReporter } from './progress';

const COLUMNS: TableColumn[] = [
  { header: '#', width: 34, align: 'right' },
  { header: 'Time (UTC)', width: 62 },
  { header: 'Actor', width: { fr: 1.5 } },
  { header: 'Action', width: { fr: 1 } },
  { header: 'Entity', width: 56 },
  { header: 'Changes (before → after)', width: { fr: 2.4 } },
  { header: 'Event hash', width: 56, style: 'mono' },
];
/** Readable on paper: the report used 6.5 pt, with raw JSON. */
const FONT_SIZE = 7.5;
const PUBLIC_COLUMNS: TableColumn[] = [...COLUMNS.slice(0, 5), { header: 'Fields changed', width: { fr: 2 } }];

/** The names of the changed fields, without their values: what the public edition may say. */
function changedFields(changes: string): string {
  if (!changes) return '—';
  try {
    const parsed: unknown = JSON.parse(changes);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return Object.keys(parsed).join(', ') || '—';
  } catch {
    // Not JSON: fall through to the neutral answer.
  }
  return 'values withheld';
}

/** The case's audit events of a period, with the result of the hash-chain check and its head hash. */
export function composeAuditReport(model: AuditReportModel, meta: DocumentMeta, report?: ProgressReporter): Promise<ComposedDocument> {
  const c = model.case;
  const a = model.audit;
  const period = `${a.from ?? 'the first event'} to ${a.to ?? 'the latest event'}`;
  return composeFiling(c, meta, `Audit trail report, ${period}`, async ({ ctx, fig, steps, caseName }) => {
    titleBlock(ctx, meta, caseName, [['Period', period], ['Events in the report', formatNumber(a.events.length)]]);

    heading(ctx, '1. Integrity of the audit trail', 1);
    const ch = a.chain;
    facts(ctx, ch.ok
      ? [
        ['Chain check', `PASSED — ${formatNumber(ch.count)} events verified, each hash recomputed and linked to its predecessor`],
        ['Head event', ch.headSeq === null ? '—' : `#${ch.headSeq}`],
        // Event hashes cover the confidential values of each change: confidential edition only.
        ...(fig.confidential ? [['Head hash (SHA-256)', ch.headHash] as [string, string]] : []),
      ]
      : [
        ['Chain check', `FAILED at event #${ch.brokenAt}: ${ch.reason}`],
        ['Events verified before the break', formatNumber(ch.count)],
      ]);
    body(ctx, fig.confidential
      ? 'Every event stores the SHA-256 of its canonical content and of the event before it, so changing, removing or reordering any event breaks the chain from that point on. The auditor package holds every event with the fields its hash covers and a standalone verifier (verify-chain.mjs) that recomputes the chain without the application.'
      : 'The event hashes and the values changed are in the confidential edition: they cover confidential case data. This edition lists who did what and when.');
    await steps.step(0.1, 'Chain check');

    heading(ctx, `2. Events of the case, ${period}`, 1);
    if (!a.events.length) note(ctx, 'No events in this period.');
    if (a.truncated) note(ctx, `The period holds more events than one report prints; the latest ${formatNumber(a.events.length)} are listed. Choose a shorter period for the earlier ones.`);
    if (!fig.confidential && a.events.length) fig.pub.claims.push({ location: `Section 2 (${formatNumber(a.events.length)} events)`, what: 'The values of each change and the event hashes', category: 'business-secret', justification: 'The changes record confidential case data (figures, names, texts); the event hashes are computed from them.' });
    const rows = a.events.map((e) => {
      const head = [String(e.seq), when(e.occurredAt).replace(' UTC', ''), e.actorEmail ?? 'system', e.action, e.entityType];
      return fig.confidential
        ? [...head, describeChanges(e.changes), e.hash.slice(0, 12)]
        : [...head, changedFields(e.changes)];
    });
    await longTable(ctx, fig.confidential ? COLUMNS : PUBLIC_COLUMNS, rows, {
      fontSize: FONT_SIZE, zebra: true, stepper: steps,
      onRows: (done) => steps.step(0.1 + (0.8 * done) / rows.length, `Events: ${formatNumber(done)} of ${formatNumber(rows.length)}`),
    });
    if (fig.confidential) note(ctx, 'Event hashes and long values are shortened; the exports (CSV, JSON) and audit/audit-events.json in the auditor package carry them in full.');
  }, report);
}
