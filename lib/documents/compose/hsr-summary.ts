import { heading, table, type ComposedDocument } from '@/lib/pdf';
import { formatUsd, formatUsdShort, type HsrAssessment, type HsrEndAssessment } from '@/lib/hsr';
import { findFigures } from '../figure-net';
import type { HsrFacts } from '../model';
import type { DocumentMeta, HsrSummaryModel } from '../model';
import { body, facts, missing, note, titleBlock } from './blocks';
import { caseFactsTable, partiesTable, reviewTables } from './case-sections';
import { composeFiling } from './filing';
import type { ProgressReporter } from './progress';

const PERSON_TEST: Record<HsrEndAssessment['sizeOfPersonTest'], string> = {
  'not-reportable': 'Not reached (below the size-of-transaction threshold)',
  applies: 'Applies: check the parties’ sales and assets',
  'not-required': 'Not required (value above the cap)',
};

const VALUE_QUOTED = 'It quotes the estimated transaction value, which has not been made public.';

/**
 * The figures of the published HSR tables this summary uses: years, thresholds, fee tiers and fees.
 * They are public facts, so the explanations that quote only these are printed in both editions.
 */
function publicHsrFigures(h: HsrFacts, a: HsrAssessment): string[] {
  const amounts = h.thresholds ? [h.thresholds.sizeOfTransactionUsd, h.thresholds.noSizeOfPersonAboveUsd] : [];
  const texts = [
    String(a.feeTable.year), String(a.reportabilityTable.year),
    ...amounts.flatMap((v) => [formatUsd(v), formatUsdShort(v)]),
    ...[a.low, a.high].map((e) => e.fee?.note ?? ''),
  ];
  return texts.flatMap((t) => findFigures(t).map((f) => f.text));
}

/** HSR filing summary: parties, transaction, size of transaction against the threshold, fee tier, dates. */
export function composeHsrSummary(model: HsrSummaryModel, meta: DocumentMeta, report?: ProgressReporter): Promise<ComposedDocument> {
  const c = model.case;
  const h = model.hsr;
  return composeFiling(c, meta, 'Hart-Scott-Rodino premerger notification — filing summary', async ({ ctx, fig, steps, caseName }) => {
    titleBlock(ctx, meta, caseName, [['Thresholds used', h?.assessment ? `${h.assessment.reportabilityTable.year} table, in force from ${h.assessment.reportabilityTable.effectiveFrom}` : '—']]);

    heading(ctx, '1. Parties', 1);
    partiesTable(ctx, c);
    note(ctx, 'Under the HSR rules the acquiring person and the acquired person are the ultimate parent entities; check the ultimate parents above.');
    heading(ctx, '2. Transaction', 1);
    caseFactsTable(ctx, c, fig);
    if (c.description.trim()) body(ctx, fig.text(c.description, 'Case description'));
    await steps.step(0.25, 'Parties and transaction');

    heading(ctx, '3. Size of transaction against the threshold', 1);
    if (!h || h.status !== 'ok' || !h.assessment) {
      missing(ctx, h?.message ?? 'a value estimate in U.S. dollars on the case Overview.');
    } else {
      const a = h.assessment;
      const generated = { publicFigures: publicHsrFigures(h, a), justification: VALUE_QUOTED };
      const ends = [['Low estimate', a.low], ['High estimate', a.high]] as const;
      table(ctx, [
        { header: 'Value', width: { fr: 1 } },
        { header: 'Size of transaction', width: 110, align: 'right' },
        { header: 'Threshold', width: 80, align: 'right' },
        { header: 'Exceeded', width: 55 },
        { header: 'Size-of-person test', width: { fr: 1.6 } },
      ], ends.map(([label, e]) => [
        label,
        fig.money(e.valueUsd / 1e6, 'USD'),
        h.thresholds ? formatUsd(h.thresholds.sizeOfTransactionUsd) : '—',
        e.exceedsSizeOfTransaction ? 'Yes' : 'No',
        PERSON_TEST[e.sizeOfPersonTest],
      ]), { zebra: true });
      facts(ctx, [
        ['Reportability table', `${a.reportabilityTable.year}, in force from ${a.reportabilityTable.effectiveFrom} — ${a.reportabilityTable.source}`],
        ['Date tested', `${h.filingDate ?? '—'} (${h.filingDateSource === 'filing' ? 'recorded filing date' : 'today: no filing recorded yet'})`],
        ['Closing date', h.closingDate ?? 'not recorded'],
      ]);
      await steps.step(0.5, 'Size of transaction');

      heading(ctx, '4. Filing fee', 1);
      table(ctx, [
        { header: 'Value', width: { fr: 1 } },
        { header: 'Fee tier', width: 60, align: 'right' },
        { header: 'Fee', width: 90, align: 'right' },
        { header: 'Basis', width: { fr: 2.2 } },
      ], ends.map(([label, e]) => [
        label,
        e.fee?.tier != null ? String(e.fee.tier) : e.fee ? `one of ${e.fee.candidateTiers.join(', ')}` : '—',
        e.fee?.feeUsd != null ? formatUsd(e.fee.feeUsd) : e.fee ? 'unverified' : 'no filing',
        // The fee schedule is published: its tiers and fees are no secret.
        e.fee ? e.fee.note : 'Below the threshold: no filing, no fee.',
      ]), { zebra: true });
      note(ctx, `Fee schedule: ${a.feeTable.year}, in force from ${a.feeTable.effectiveFrom} — ${a.feeTable.source}.`);
      for (const f of a.flags) missing(ctx, fig.generated(f, generated));
      heading(ctx, 'How this was determined', 3);
      for (const line of a.explanation) body(ctx, fig.generated(line, generated));
    }
    await steps.step(0.7, 'Filing fee');

    heading(ctx, '5. Filing dates and waiting periods', 1);
    if (!model.review) missing(ctx, 'the HSR review: add it on the Reviews tab and record the filing date, so the waiting periods can be computed.');
    else reviewTables(ctx, model.review, fig, 2);
    note(ctx, 'Waiting periods end at 11:59 p.m. Eastern Time on the date shown; a period whose last day falls on a weekend or legal public holiday runs to the next business day (16 CFR 803.10(b)(3)).');
    await steps.step(0.9, 'Waiting periods');
  }, report);
}
