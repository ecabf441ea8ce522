import { heading, table, type DocContext } from '@/lib/pdf';
import type { Figures } from '../figures';
import type { CaseFacts, ReviewFacts } from '../model';
import { facts, missing, note } from './blocks';

/** Case facts and review dates, shared by the Form CO draft and the HSR summary. */

export function valueText(c: CaseFacts, fig: Figures): string {
  if (c.valueLowM === null && c.valueHighM === null) return 'Not yet estimated';
  const low = c.valueLowM ?? c.valueHighM!;
  const high = c.valueHighM ?? c.valueLowM!;
  return low === high ? fig.money(low, c.currency) : `${fig.money(low, c.currency)} to ${fig.money(high, c.currency)}`;
}

export function caseFactsTable(ctx: DocContext, c: CaseFacts, fig: Figures): void {
  facts(ctx, [
    ['Case', fig.name(c.name, 'case-name')],
    ['Codename', fig.name(c.codename, 'codename')],
    ['Type of transaction', c.dealTypeLabel],
    ['Estimated value', valueText(c, fig)],
    ['Long-stop date', c.longStopDate ?? '—'],
  ]);
}

export function partiesTable(ctx: DocContext, c: CaseFacts): void {
  if (!c.parties.length) {
    missing(ctx, 'the parties (add them on the case Overview).');
    return;
  }
  table(ctx, [
    { header: 'Party', width: { fr: 2 } },
    { header: 'Role', width: 110 },
    { header: 'Country', width: 80 },
    { header: 'Ultimate parent', width: { fr: 1.5 } },
  ], c.parties.map((p) => [p.name, p.roleLabel, p.country || '—', p.ultimateParent || '—']), { zebra: true });
}

const STATE_LABELS: Record<string, string> = {
  upcoming: 'Upcoming', overdue: 'Overdue', passed: 'Passed', ended: 'Ended', superseded: 'Superseded', suspended: 'Suspended', pending: 'Not yet computable',
};

export function reviewTables(ctx: DocContext, r: ReviewFacts, fig: Figures, level: 2 | 3): void {
  heading(ctx, r.title + (r.caseNumber ? ` — ${r.caseNumber}` : ''), level);
  if (r.events.length) {
    table(ctx, [
      { header: 'Recorded event', width: { fr: 1.4 } },
      { header: 'Date', width: 70 },
      { header: 'Note', width: { fr: 1.6 } },
    ], r.events.map((e) => [e.label, e.date, fig.text(e.note, 'Note of a review event') || '—']), { zebra: true });
  } else {
    missing(ctx, `the events of this review (notification or filing date) on the Reviews tab.`);
  }
  if (r.problem) note(ctx, `The deadlines cannot be computed: ${fig.generated(r.problem, { justification: 'It quotes confidential case data.' })}`);
  if (r.deadlines.length) {
    table(ctx, [
      { header: 'Deadline', width: { fr: 1.6 } },
      { header: 'Date', width: 70 },
      { header: 'State', width: 70 },
      { header: 'Legal basis', width: { fr: 1.4 } },
    ], r.deadlines.map((d) => [d.endsAt ? `${d.label} (ends ${d.endsAt})` : d.label, d.date ?? '—', STATE_LABELS[d.state] ?? d.state, d.citation]), { zebra: true });
  }
}
