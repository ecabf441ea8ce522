import { barChart, CHART_HEIGHT, heading, histogram, table, type DocContext, type TableColumn } from '@/lib/pdf';
import { CITATIONS, formatNumber, formatShareBand, type AnalyzeMarketResult, type Concern, type Guideline } from '@/lib/concentration';
import type { Figures } from '../figures';
import type { AnalysisFacts } from '../model';
import { CHART_OMITTED, facts, note } from './blocks';

/*
 * The concentration figures of one saved analysis, shared by the Form CO draft (section 7) and
 * the concentration annex. Every figure goes through `fig`, so the non-confidential edition
 * prints ranges; charts of confidential figures are left out of that edition.
 */

export const GUIDELINE_LABELS: Record<Guideline, string> = {
  'us-2023': 'U.S. Merger Guidelines (2023)',
  'us-2010': 'U.S. Horizontal Merger Guidelines (2010), withdrawn: for reference',
  'eu-2004': 'EU Horizontal Merger Guidelines (2004)',
};
export const CONCERN_LABELS: Record<Concern, string> = {
  none: 'No concern indicated',
  potential: 'Potential concern',
  presumed: 'Presumed concern',
};
const METRIC_LABELS: Record<string, string> = {
  count: 'Accelerator count',
  compute: 'Compute (H100-equivalents: count × TFLOP/s ÷ 989.4)',
  power: 'Power (MW of board power)',
};
const MAX_CHART_FIRMS = 10;

export function scenarioText(a: AnalysisFacts, fig: Figures): string {
  const sc = a.inputs.scenario;
  if (!sc) return 'No transaction scenario: the market as it stands.';
  const name = fig.name(sc.name, 'scenario');
  if (sc.kind === 'merger') return `${name}: ${sc.acquirer} acquires ${sc.target} (all of its capacity is combined).`;
  const c = sc.count;
  const counts = c.low === c.high ? fig.count(c.central) : `${fig.count(c.low)} / ${fig.count(c.central)} / ${fig.count(c.high)} (low / central / high)`;
  return `${name}: ${sc.from} transfers ${counts} ${sc.accelerator} to ${sc.to}${sc.to.endsWith('.') ? '' : '.'}`;
}

export function marketDefinition(ctx: DocContext, a: AnalysisFacts, fig: Figures): void {
  const m = a.inputs.market;
  facts(ctx, [
    ['Relevant market', fig.name(m.name, 'market')],
    ['Definition', fig.text(m.definition, 'Market definition') || '—'],
    ['Metric', METRIC_LABELS[m.metric] ?? m.metric],
    ['Geographic scope', m.geographicScope],
    ['Figures as of', m.asOf],
    ['Capacity counted', m.includeNonOperational ? 'Operational, under construction and planned' : 'Operational capacity only'],
    ['Scenario', scenarioText(a, fig)],
    ['Saved analysis', `${fig.name(a.title, 'analysis')} — saved ${a.createdAt.slice(0, 10)} by ${a.createdByName}`],
    // The inputs hash would let anyone confirm guessed holdings: confidential edition only.
    ...(fig.confidential ? [['Inputs (SHA-256)', `${a.inputsSha256}${a.hashVerified ? ' — verified against the stored inputs' : ' — DOES NOT MATCH the stored inputs'}`] as [string, string]] : []),
  ]);
}

/** A saved analysis named on a title block: its title, and its inputs hash in the confidential edition. */
export function analysisLine(a: AnalysisFacts, fig: Figures, hash: string): string {
  const title = fig.name(a.title, 'analysis');
  return fig.confidential ? `${title} (inputs ${hash})` : title;
}

interface ShareRow { firm: string; before: number; after: number | null; capBefore: number; capAfter: number | null }

function shareRows(r: AnalyzeMarketResult): ShareRow[] {
  const rows: ShareRow[] = r.explain
    ? r.explain.rows.map((x) => ({ firm: x.firm, before: x.share, after: x.postShare ?? (r.post ? 0 : null), capBefore: x.capacity, capAfter: x.postCapacity ?? (r.post ? 0 : null) }))
    : Object.entries(r.pre.shares).map(([firm, s]) => ({ firm, before: s, after: r.post ? r.post.shares[firm] ?? 0 : null, capBefore: (s / 100) * r.pre.total, capAfter: r.post ? ((r.post.shares[firm] ?? 0) / 100) * r.post.total : null }));
  return rows.sort((x, y) => y.before - x.before || x.firm.localeCompare(y.firm));
}

/** Form CO 7.1: shares, with the band the form asks for beside the exact figure. */
export function sharesTable(ctx: DocContext, a: AnalysisFacts, fig: Figures, opts: { capacity?: boolean } = {}): void {
  const r = a.results;
  const unit = r.unit ?? r.explain?.unit ?? '';
  const rows = shareRows(r);
  const columns: TableColumn[] = [{ header: 'Undertaking', width: { fr: 2 } }];
  if (opts.capacity) columns.push({ header: `Capacity before (${unit})`, width: 78, align: 'right' });
  columns.push({ header: 'Share before', width: 62, align: 'right' });
  if (fig.confidential) columns.push({ header: 'Band (Form CO 7.1)', width: 62, align: 'right' });
  if (r.post) {
    if (opts.capacity) columns.push({ header: `Capacity after (${unit})`, width: 78, align: 'right' });
    columns.push({ header: 'Share after', width: 62, align: 'right' });
    if (fig.confidential) columns.push({ header: 'Band (Form CO 7.1)', width: 62, align: 'right' });
  }
  const body = rows.map((x) => {
    const cells = [x.firm];
    if (opts.capacity) cells.push(fig.capacity(x.capBefore));
    cells.push(fig.share(x.before));
    if (fig.confidential) cells.push(formatShareBand(x.before));
    if (r.post) {
      if (opts.capacity) cells.push(x.capAfter === null ? '—' : fig.capacity(x.capAfter));
      cells.push(x.after === null ? '—' : fig.share(x.after));
      if (fig.confidential) cells.push(x.after === null ? '—' : formatShareBand(x.after));
    }
    return cells;
  });
  const totals = ['Total'];
  if (opts.capacity) totals.push(fig.capacity(r.pre.total));
  // The total is 100 % by definition: not a confidential figure.
  totals.push('100 %');
  if (fig.confidential) totals.push('');
  if (r.post) {
    if (opts.capacity) totals.push(fig.capacity(r.post.total));
    totals.push('100 %');
    if (fig.confidential) totals.push('');
  }
  table(ctx, columns, [...body, totals], { zebra: true });
}

export function concentrationTable(ctx: DocContext, a: AnalysisFacts, fig: Figures): void {
  const r = a.results;
  const rows: [string, string, string][] = [
    ['HHI', fig.hhi(r.pre.hhi), r.post ? fig.hhi(r.post.hhi) : '—'],
    ['CR4 (share of the four largest)', fig.share(r.pre.cr4), r.post ? fig.share(r.post.cr4) : '—'],
  ];
  if (r.delta) rows.push(['ΔHHI (central figures)', '', fig.delta(r.delta.central)]);
  if (r.deltaAssetsAsFirm) rows.push(['ΔHHI, transferred capacity treated as a firm (2·a·t, central)', '', fig.delta(r.deltaAssetsAsFirm.central)]);
  if (r.mergedShare !== undefined) rows.push(['Combined share of the acquirer / buyer', '', fig.share(r.mergedShare)]);
  table(ctx, [
    { header: 'Measure', width: { fr: 2 } },
    { header: 'Before', width: 90, align: 'right' },
    { header: 'After', width: 90, align: 'right' },
  ], rows, { zebra: true });
}

export function screensTable(ctx: DocContext, a: AnalysisFacts, fig: Figures): void {
  const r = a.results;
  if (!r.screens?.length || !r.post || !r.delta) {
    note(ctx, 'No guideline screens: the analysis has no transaction scenario, so there is no change in concentration to assess.');
    return;
  }
  const post = r.post;
  const delta = r.delta;
  // The engine's reasons quote exact figures; the public edition states the ranges instead.
  const reason = (s: NonNullable<typeof r.screens>[number], d: number) =>
    fig.confidential
      ? s.reason
      : `Post-transaction HHI ${fig.hhi(post.hhi)}, ΔHHI ${fig.delta(d)}${s.guideline === 'us-2023' && r.mergedShare !== undefined ? `, combined share ${fig.share(r.mergedShare)}` : ''}.`;
  const columns: TableColumn[] = [
    { header: 'Guideline', width: 110 },
    { header: 'Outcome', width: 78 },
    { header: 'Why', width: { fr: 1 } },
    { header: 'Citation', width: 130 },
  ];
  const rows = (screens: NonNullable<typeof r.screens>, d: number) =>
    screens.map((s) => [GUIDELINE_LABELS[s.guideline], CONCERN_LABELS[s.concern], reason(s, d), s.citation || CITATIONS[s.guideline]]);
  table(ctx, columns, rows(r.screens, delta.central), { zebra: true });
  if (r.screensAssetsAsFirm && r.deltaAssetsAsFirm) {
    note(ctx, `The same screens with the transferred capacity treated as a firm merging into the buyer (ΔHHI 2·a·t = ${fig.delta(r.deltaAssetsAsFirm.central)} instead of the exact ${fig.delta(delta.central)}):`);
    table(ctx, columns, rows(r.screensAssetsAsFirm, r.deltaAssetsAsFirm.central), { zebra: true });
    // The working quotes shares, so only the confidential edition carries it.
    if (fig.confidential) for (const n of r.explain?.deltaNotes ?? []) note(ctx, n);
  }
}

export function uncertaintyTables(ctx: DocContext, a: AnalysisFacts, fig: Figures): void {
  const r = a.results;
  if (r.delta) {
    table(ctx, [
      { header: 'Estimate', width: { fr: 2 } },
      { header: 'Low', width: 80, align: 'right' },
      { header: 'Central', width: 80, align: 'right' },
      { header: 'High', width: 80, align: 'right' },
    ], [['ΔHHI with every range at its low / central / high figure', fig.delta(r.delta.low), fig.delta(r.delta.central), fig.delta(r.delta.high)]]);
    note(ctx, 'The three columns name the inputs, not an order: at the high figures the whole market is larger too, so ΔHHI at "high" can be below "central". The Monte Carlo percentiles below give the distribution.');
  }
  const mc = r.monteCarlo;
  if (!mc) {
    note(ctx, 'No Monte Carlo simulation: the analysis has no transaction scenario.');
    return;
  }
  const settings = a.inputs.monteCarlo;
  table(ctx, [
    { header: 'Monte Carlo', width: { fr: 2 } },
    { header: '5th percentile', width: 80, align: 'right' },
    { header: 'Median', width: 80, align: 'right' },
    { header: '95th percentile', width: 80, align: 'right' },
  ], [
    ...(mc.preHhi ? [['HHI before', fig.hhi(mc.preHhi.p5), fig.hhi(mc.preHhi.p50), fig.hhi(mc.preHhi.p95)]] : []),
    ['HHI after', fig.hhi(mc.postHhi.p5), fig.hhi(mc.postHhi.p50), fig.hhi(mc.postHhi.p95)],
    ['ΔHHI', fig.delta(mc.deltaHhi.p5), fig.delta(mc.deltaHhi.p50), fig.delta(mc.deltaHhi.p95)],
  ], { zebra: true });
  table(ctx, [
    { header: 'Guideline', width: { fr: 2 } },
    { header: 'Share of draws with a concern', width: 150, align: 'right' },
  ], (Object.keys(mc.probability) as Guideline[]).map((g) => [GUIDELINE_LABELS[g], fig.probability(mc.probability[g])]), { zebra: true });
  const clamped = mc.clampedTransferFraction ?? 0;
  note(ctx,
    `${formatNumber(settings.draws)} draws, seed ${settings.seed}, ${settings.distribution} distribution between each range's low and high figure. ` +
    (clamped > 0 ? `In ${fig.probability(clamped)} of draws the transfer exceeded the seller's drawn holding and was limited to it.` : ''));
}

export function analysisCharts(ctx: DocContext, a: AnalysisFacts, fig: Figures, level: 2 | 3, number: string): void {
  const r = a.results;
  heading(ctx, `${number} Charts`, level, { keepWithNext: CHART_HEIGHT });
  if (!fig.confidential) {
    note(ctx, CHART_OMITTED);
    return;
  }
  const rows = shareRows(r).slice(0, MAX_CHART_FIRMS);
  barChart(ctx, {
    title: `Shares of ${a.inputs.market.name} before${r.post ? ' and after' : ''} the transaction (%)`,
    categories: rows.map((x) => x.firm),
    series: [
      { name: 'Before', values: rows.map((x) => x.before) },
      ...(r.post ? [{ name: 'After', values: rows.map((x) => x.after ?? 0) }] : []),
    ],
    yLabel: '%',
    showValues: true,
    format: (v) => v.toFixed(1),
  });
  const h = r.monteCarlo?.deltaHistogram;
  if (h && h.counts.length) {
    histogram(ctx, {
      title: `ΔHHI across ${formatNumber(r.monteCarlo?.draws ?? a.inputs.monteCarlo.draws)} Monte Carlo draws`,
      bins: h.counts.map((count, i) => ({ from: h.min + i * h.binWidth, to: h.min + (i + 1) * h.binWidth, count })),
      thresholds: [100, 150, 200, 250].map((v) => ({ value: v, label: `ΔHHI ${v}` })),
      xLabel: 'ΔHHI',
      yLabel: 'Draws',
    });
  }
}
