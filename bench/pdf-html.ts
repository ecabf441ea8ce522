/**
 * The concentration annex as HTML, for the Chromium side of bench/pdf.ts: the same sections,
 * tables and charts (inline SVG) as lib/documents/compose/annex.ts, with the same fonts, so
 * `page.pdf()` prints the same content.
 */
import path from 'node:path';
import { CITATIONS, formatNumber, formatShareBand, type Guideline } from '@/lib/concentration';
import type { AnnexModel } from '@/lib/documents/model';
import { CONCERN_LABELS, GUIDELINE_LABELS } from '@/lib/documents/compose/analysis-sections';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const row = (cells: string[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join('')}</tr>`;
const tableHtml = (head: string[], rows: string[][], cls = '') =>
  `<table class="${cls}"><thead>${row(head, 'th')}</thead><tbody>${rows.map((r) => row(r)).join('')}</tbody></table>`;

function barSvg(categories: string[], before: number[], after: number[]): string {
  const w = 480, h = 220, max = Math.max(...before, ...after, 1), slot = w / categories.length, bw = slot / 3;
  const bars = categories.map((c, i) => {
    const x = i * slot + bw / 2;
    const b = (before[i] / max) * (h - 40), a = (after[i] / max) * (h - 40);
    return `<rect x="${x}" y="${h - 20 - b}" width="${bw}" height="${b}" fill="#5b8fd0"/><rect x="${x + bw}" y="${h - 20 - a}" width="${bw}" height="${a}" fill="#16407a"/>` +
      `<text x="${x + bw}" y="${h - 5}" font-size="7" text-anchor="middle">${esc(c)}</text>`;
  }).join('');
  return `<svg width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${bars}</svg>`;
}

function histogramSvg(counts: number[], min: number, binWidth: number): string {
  const w = 480, h = 180, max = Math.max(...counts, 1), bw = w / counts.length;
  const bars = counts.map((n, i) => `<rect x="${i * bw}" y="${h - 20 - (n / max) * (h - 30)}" width="${bw - 1}" height="${(n / max) * (h - 30)}" fill="#16407a"/>`).join('');
  const lines = [100, 150, 200, 250].map((t) => {
    const x = ((t - min) / (binWidth * counts.length)) * w;
    return `<line x1="${x}" y1="0" x2="${x}" y2="${h - 20}" stroke="#b22" stroke-dasharray="3 2"/><text x="${x}" y="10" font-size="7" fill="#b22">ΔHHI ${t}</text>`;
  }).join('');
  return `<svg width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${bars}${lines}</svg>`;
}

export function annexHtml(model: AnnexModel, fontDir: string): string {
  const font = (file: string) => `url("file://${path.join(fontDir, file)}")`;
  const sections: string[] = [];
  const a = model.analyses[0];
  const r = a.results;
  sections.push(`<h1>Concentration analysis annex</h1><p class="sub">${esc(model.case.name)}</p>`);
  sections.push(tableHtml(['Item', 'Detail'], [['Document', 'BENCH-ANX-C-v1 — version 1'], ['Edition', 'Confidential'], ['Saved analysis', `${a.title} — inputs ${a.inputsSha256}`]]));
  sections.push(`<h2>1. Methodology</h2><p>${esc(r.explain?.note ?? '')}</p>`);
  sections.push(tableHtml(['Guideline screen', 'Citation'], (Object.keys(CITATIONS) as Guideline[]).map((g) => [GUIDELINE_LABELS[g], CITATIONS[g]])));
  sections.push('<h2>2. Market and catalogue figures used</h2>');
  sections.push(tableHtml(['Relevant market', a.inputs.market.name], [['Definition', a.inputs.market.definition], ['Geographic scope', a.inputs.market.geographicScope]]));
  sections.push(tableHtml(['Accelerator', 'Vendor', 'TFLOP/s', 'W', 'Source'], a.inputs.catalogue.map((x) => [x.name, x.vendor, formatNumber(x.tflops, 1), x.watts === null ? '—' : formatNumber(x.watts), x.sourceNote])));
  sections.push(`<h2>3. Holdings</h2>`);
  sections.push(tableHtml(['#', 'Firm', 'Cluster', 'Site', 'Accelerator', 'Low', 'Central', 'High', 'Status'],
    a.inputs.clusters.map((x, i) => [String(i + 1), x.firm, x.cluster, x.site, x.accelerator, formatNumber(x.count.low), formatNumber(x.count.central), formatNumber(x.count.high), x.counted ? x.status : `${x.status} (not counted)`]), 'holdings'));
  const shares = (r.explain?.rows ?? []).slice().sort((x, y) => y.share - x.share);
  sections.push(`<h2>4. Scenario: ${esc(a.inputs.scenario?.name ?? '')}</h2><h3>4.1 Shares and capacity before and after</h3>`);
  sections.push(tableHtml(['Undertaking', 'Capacity before', 'Share before', 'Band', 'Capacity after', 'Share after', 'Band'],
    shares.map((x) => [x.firm, formatNumber(x.capacity), `${formatNumber(x.share, 1)} %`, formatShareBand(x.share), formatNumber(x.postCapacity ?? 0), `${formatNumber(x.postShare ?? 0, 1)} %`, formatShareBand(x.postShare ?? 0)])));
  sections.push('<h3>4.2 Concentration</h3>' + tableHtml(['Measure', 'Before', 'After'], [['HHI', formatNumber(r.pre.hhi), formatNumber(r.post?.hhi ?? 0)], ['ΔHHI', '', formatNumber(r.delta?.central ?? 0)]]));
  sections.push('<h3>4.3 Guideline screens</h3>' + tableHtml(['Guideline', 'Outcome', 'Why', 'Citation'], (r.screens ?? []).map((s) => [GUIDELINE_LABELS[s.guideline], CONCERN_LABELS[s.concern], s.reason, s.citation])));
  const mc = r.monteCarlo;
  if (mc) {
    sections.push('<h3>4.4 Uncertainty</h3>' + tableHtml(['Monte Carlo', '5th', 'Median', '95th'], [['HHI after', ...[mc.postHhi.p5, mc.postHhi.p50, mc.postHhi.p95].map((v) => formatNumber(v))], ['ΔHHI', ...[mc.deltaHhi.p5, mc.deltaHhi.p50, mc.deltaHhi.p95].map((v) => formatNumber(v))]]));
    sections.push(tableHtml(['Guideline', 'Share of draws with a concern'], (Object.keys(mc.probability) as Guideline[]).map((g) => [GUIDELINE_LABELS[g], `${formatNumber(mc.probability[g] * 100, 1)} %`])));
  }
  const top = shares.slice(0, 10);
  sections.push('<h3>4.5 Charts</h3>' + barSvg(top.map((x) => x.firm), top.map((x) => x.share), top.map((x) => x.postShare ?? 0)));
  if (mc?.deltaHistogram) sections.push(histogramSvg(mc.deltaHistogram.counts, mc.deltaHistogram.min, mc.deltaHistogram.binWidth));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@font-face { font-family: Doc; src: ${font('NotoSans-Regular.ttf')}; font-weight: 400; }
@font-face { font-family: Doc; src: ${font('NotoSans-Bold.ttf')}; font-weight: 700; }
@font-face { font-family: DocCJK; src: ${font('NotoSansSC-Regular.ttf')}; }
@font-face { font-family: DocKR; src: ${font('NotoSansKR-Hangul-Regular.ttf')}; }
@page { size: A4; margin: 72pt 56pt 64pt 56pt; }
body { font-family: Doc, DocCJK, DocKR, sans-serif; font-size: 10pt; color: #1a1a1f; }
h1 { font-size: 20pt; margin: 0 0 4pt; } h2 { font-size: 16pt; color: #142a54; } h3 { font-size: 13pt; color: #142a54; }
.sub { font-size: 12pt; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin-bottom: 12pt; }
table.holdings { font-size: 7pt; }
th { background: #e0e8f5; text-align: left; } td, th { padding: 3pt 4pt; }
tbody tr:nth-child(even) { background: #f3f4f7; }
tr { break-inside: avoid; }
</style></head><body>${sections.join('\n')}</body></html>`;
}
