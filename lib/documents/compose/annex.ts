import { heading, table, type ComposedDocument, type TableColumn } from '@/lib/pdf';
import { CITATIONS, formatNumber, type Guideline } from '@/lib/concentration';
import type { AnalysisFacts, AnnexModel, DocumentMeta } from '../model';
import {
  GUIDELINE_LABELS, analysisCharts, analysisLine, concentrationTable, marketDefinition, scenarioText, screensTable, sharesTable, uncertaintyTables,
} from './analysis-sections';
import { body, missing, note, titleBlock } from './blocks';
import { composeFiling } from './filing';
import { longTable } from './long-table';
import type { ProgressReporter } from './progress';

const HOLDINGS_COLUMNS: TableColumn[] = [
  { header: '#', width: 26, align: 'right' },
  { header: 'Firm', width: { fr: 1.2 } },
  { header: 'Cluster', width: { fr: 1.3 } },
  { header: 'Site', width: { fr: 1.1 } },
  { header: 'Accelerator', width: { fr: 1.4 } },
  { header: 'Low', width: 40, align: 'right' },
  { header: 'Central', width: 40, align: 'right' },
  { header: 'High', width: 40, align: 'right' },
  { header: 'Status', width: 66 },
];
const HOLDINGS_FONT = 7;

/** The inputs several analyses share (the same clusters and catalogue) are printed once. */
function distinctInputs(analyses: AnalysisFacts[]): AnalysisFacts[][] {
  const groups = new Map<string, AnalysisFacts[]>();
  for (const a of analyses) {
    const key = JSON.stringify([a.inputs.market, a.inputs.catalogue, a.inputs.clusters]);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.values()];
}

/**
 * The concentration analysis annex: methodology, catalogue figures, holdings, and for each
 * scenario the shares and HHI before and after, the screens, the uncertainty and the charts.
 */
export function composeAnnex(model: AnnexModel, meta: DocumentMeta, report?: ProgressReporter): Promise<ComposedDocument> {
  const c = model.case;
  return composeFiling(c, meta, 'Annex to the notification — concentration analysis of AI compute capacity', async ({ ctx, fig, steps, caseName }) => {
    titleBlock(ctx, meta, caseName, model.analyses.map((a, i) => [`Saved analysis ${i + 1}`, analysisLine(a, fig, a.inputsSha256)] as [string, string]));
    if (!model.analyses.length) {
      missing(ctx, 'a saved analysis: define the market and save an analysis on the Market tab, then generate this annex again.');
      return;
    }
    const first = model.analyses[0];
    const groups = distinctInputs(model.analyses);

    heading(ctx, '1. Methodology', 1);
    body(ctx, `${first.results.explain?.note ?? 'Shares are percent of the market total; HHI is the sum of squared shares.'} The HHI ranges from 0 to 10,000; ΔHHI is the post-transaction HHI minus the pre-transaction HHI, and CR4 is the combined share of the four largest undertakings.`);
    body(ctx, 'Where a holding is known only as a range, the tables use its central figure and repeat the calculation with every range at its low and at its high figure. A Monte Carlo simulation then draws each ranged figure independently between its low and high figure, recomputes the market, and reports percentiles and the share of draws in which each guideline indicates a concern.');
    table(ctx, [
      { header: 'Guideline screen', width: { fr: 1 } },
      { header: 'Citation', width: { fr: 1.6 } },
    ], (Object.keys(CITATIONS) as Guideline[]).map((g) => [GUIDELINE_LABELS[g], CITATIONS[g]]), { zebra: true });
    note(ctx, fig.confidential
      ? 'The figures below are exactly those frozen in the saved analyses; each analysis’s SHA-256 is computed over its inputs and checked when it is read.'
      : 'The figures below are those frozen in the saved analyses, printed as ranges.');
    await steps.step(0.05, 'Methodology');

    let section = 2;
    for (const [g, group] of groups.entries()) {
      const a = group[0];
      const suffix = groups.length > 1 ? ` — ${fig.name(a.inputs.market.name, 'market')} (${g + 1} of ${groups.length})` : '';
      heading(ctx, `${section}. Market and catalogue figures used${suffix}`, 1);
      marketDefinition(ctx, a, fig);
      table(ctx, [
        { header: 'Accelerator', width: { fr: 1.4 } },
        { header: 'Vendor', width: 60 },
        { header: 'TFLOP/s (BF16 dense)', width: 70, align: 'right' },
        { header: 'Board power (W)', width: 60, align: 'right' },
        { header: 'Source', width: { fr: 2 } },
      ], a.inputs.catalogue.map((x) => [x.name, x.vendor, formatNumber(x.tflops, 1), x.watts === null ? '—' : formatNumber(x.watts), x.sourceNote]), { zebra: true, fontSize: 7.5 });
      section++;

      heading(ctx, `${section}. Holdings${suffix}`, 1);
      const clusters = a.inputs.clusters;
      note(ctx, `${formatNumber(clusters.length)} holdings as frozen in the saved analysis. Counts are accelerators (low / central / high); “not counted” marks capacity the market definition leaves out.`);
      const rows = clusters.map((x, i) => [
        String(i + 1), x.firm, fig.name(x.cluster, 'cluster'), x.site ? fig.name(x.site, 'site') : '—', x.accelerator,
        fig.count(x.count.low), fig.count(x.count.central), fig.count(x.count.high), x.counted ? x.status : `${x.status} (not counted)`,
      ]);
      const from = 0.08 + (0.6 * g) / groups.length;
      const span = 0.6 / groups.length;
      await longTable(ctx, HOLDINGS_COLUMNS, rows, {
        fontSize: HOLDINGS_FONT, zebra: true, stepper: steps,
        onRows: (done) => steps.step(from + (span * done) / rows.length, `Holdings: ${formatNumber(done)} of ${formatNumber(rows.length)} rows`),
      });
      section++;
    }

    for (const [i, a] of model.analyses.entries()) {
      const n = section + i;
      heading(ctx, `${n}. Scenario: ${a.inputs.scenario ? fig.name(a.inputs.scenario.name, 'scenario') : 'market as it stands'}`, 1);
      body(ctx, scenarioText(a, fig));
      heading(ctx, `${n}.1 Shares and capacity before and after`, 2);
      sharesTable(ctx, a, fig, { capacity: true });
      heading(ctx, `${n}.2 Concentration`, 2);
      concentrationTable(ctx, a, fig);
      heading(ctx, `${n}.3 Guideline screens`, 2);
      screensTable(ctx, a, fig);
      heading(ctx, `${n}.4 Uncertainty`, 2);
      uncertaintyTables(ctx, a, fig);
      analysisCharts(ctx, a, fig, 2, `${n}.5`);
      await steps.step(0.7 + (0.25 * (i + 1)) / model.analyses.length, `Scenario ${i + 1} of ${model.analyses.length}`);
    }
  }, report);
}
