import { rgb, type RGB } from 'pdf-lib';
import { measureRuns, runsFor } from './fonts';
import { fillRect, strokeLine } from './content';
import { contentLeft, contentWidth, ensureSpace } from './layout';
import { drawLabel, drawRunsLine, lineHeight, wrapText } from './text';
import type { DocContext } from './types';

/** Colour-blind-safe, print-safe series colours (Okabe–Ito, darkened). */
export const CHART_PALETTE: RGB[] = [
  rgb(0.35, 0.55, 0.78), rgb(0.05, 0.25, 0.5), rgb(0.85, 0.5, 0.1), rgb(0.0, 0.55, 0.45), rgb(0.75, 0.3, 0.5),
];
const AXIS_COLOR = rgb(0.25, 0.25, 0.28);
const GRID_COLOR = rgb(0.85, 0.86, 0.88);
const LABEL_SIZE = 7.5;
const TITLE_SIZE = 10;
const Y_AXIS_GUTTER = 40; // room for tick labels left of the plot
const TOP_GUTTER = 34; // title line + legend line
const CATEGORY_LINES = 3; // category labels wrap to at most this many lines
/** Default chart height in points; pass it to heading's keepWithNext. */
export const CHART_HEIGHT = 230;

export interface Series { name: string; values: number[]; color?: RGB }

export interface BarChartSpec {
  title?: string;
  categories: string[];
  series: Series[];
  yMax?: number;
  yLabel?: string;
  format?: (v: number) => string;
  height?: number;
  showValues?: boolean;
}

export interface Threshold { value: number; label: string; color?: RGB }

export interface HistogramSpec {
  title?: string;
  bins: { from: number; to: number; count: number }[];
  thresholds?: Threshold[];
  xLabel?: string;
  yLabel?: string;
  color?: RGB;
  height?: number;
}

export interface LineChartSpec {
  title?: string;
  series: { name: string; points: { x: number; y: number }[]; color?: RGB }[];
  thresholds?: Threshold[];
  xLabel?: string;
  yLabel?: string;
  height?: number;
}

/** Round tick values ("nice numbers") covering [0, max]. */
export function niceTicks(min: number, max: number, target = 5): number[] {
  if (!(max > min)) max = min + 1;
  const raw = (max - min) / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = Math.floor(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(+v.toFixed(10));
  if (ticks[ticks.length - 1] < max) ticks.push(+(ticks[ticks.length - 1] + step).toFixed(10));
  return ticks;
}

interface Frame { left: number; right: number; top: number; bottom: number } // top/bottom: from page top

const fmt = (v: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(v);

function line(ctx: DocContext, x1: number, y1: number, x2: number, y2: number, color: RGB, thickness = 0.6, dash?: number[]) {
  strokeLine(ctx, x1, y1, x2, y2, { thickness, color, dash });
}

const box = fillRect;

/** Reserves the chart's space, draws title and legend; returns the chart's outer top. */
function start(ctx: DocContext, height: number, title?: string, legend: { name: string; color: RGB }[] = []): number {
  ensureSpace(ctx, height);
  const top = ctx.cursorY;
  if (title) drawLabel(ctx, title, contentLeft(ctx), top, { size: TITLE_SIZE, style: 'bold' });
  let x = contentLeft(ctx) + Y_AXIS_GUTTER;
  for (const item of legend) {
    box(ctx, x, top + 17, 8, 8, item.color);
    x += 11 + drawLabel(ctx, item.name, x + 11, top + 16, { size: LABEL_SIZE }) + 14;
  }
  return top;
}

function yAxis(ctx: DocContext, f: Frame, ticks: number[], format: (v: number) => string, label?: string) {
  const max = ticks[ticks.length - 1];
  for (const t of ticks) {
    const y = f.bottom - ((f.bottom - f.top) * t) / max;
    line(ctx, f.left, y, f.right, y, t === 0 ? AXIS_COLOR : GRID_COLOR, t === 0 ? 0.8 : 0.4);
    drawLabel(ctx, format(t), f.left - 4, y - LABEL_SIZE * 0.6, { size: LABEL_SIZE, anchor: 'right' });
  }
  line(ctx, f.left, f.top, f.left, f.bottom, AXIS_COLOR, 0.8);
  // Left of the plot, above the tick labels, where threshold labels never reach.
  if (label) drawLabel(ctx, label, contentLeft(ctx), f.top - 2 * lineHeight(LABEL_SIZE), { size: LABEL_SIZE, color: AXIS_COLOR });
}

/** Grouped vertical bars, e.g. market share before and after the merger per firm. */
export function barChart(ctx: DocContext, spec: BarChartSpec): void {
  const height = spec.height ?? CHART_HEIGHT;
  const format = spec.format ?? fmt;
  const colors = spec.series.map((s, i) => s.color ?? CHART_PALETTE[i % CHART_PALETTE.length]);
  const top = start(ctx, height, spec.title, spec.series.map((s, i) => ({ name: s.name, color: colors[i] })));
  const catH = CATEGORY_LINES * lineHeight(LABEL_SIZE) + 4;
  const f: Frame = {
    left: contentLeft(ctx) + Y_AXIS_GUTTER, right: contentLeft(ctx) + contentWidth(ctx),
    top: top + TOP_GUTTER + 12, bottom: top + height - catH,
  };
  const dataMax = Math.max(0, ...spec.series.flatMap((s) => s.values));
  const ticks = niceTicks(0, spec.yMax ?? dataMax);
  const yMax = ticks[ticks.length - 1];
  yAxis(ctx, f, ticks, format, spec.yLabel);

  const groupW = (f.right - f.left) / Math.max(1, spec.categories.length);
  const barW = (groupW * 0.76) / Math.max(1, spec.series.length);
  spec.categories.forEach((cat, c) => {
    const gx = f.left + c * groupW + groupW * 0.12;
    spec.series.forEach((s, i) => {
      const v = Math.max(0, s.values[c] ?? 0);
      const h = ((f.bottom - f.top) * v) / yMax;
      box(ctx, gx + i * barW, f.bottom - h, barW - 1, h, colors[i]);
      if (spec.showValues) {
        drawLabel(ctx, format(v), gx + (i + 0.5) * barW, f.bottom - h - lineHeight(6.5), { size: 6.5, anchor: 'center' });
      }
    });
    const lines = wrapText(ctx, cat, groupW - 4, LABEL_SIZE).slice(0, CATEGORY_LINES);
    lines.forEach((l, k) => {
      const x = f.left + c * groupW + (groupW - l.width) / 2;
      drawRunsLine(ctx, l.runs, x, f.bottom + 3 + k * lineHeight(LABEL_SIZE), LABEL_SIZE);
    });
  });
  ctx.cursorY = top + height + 12;
}

/** Linear x scale and axis with ticks; shared by the histogram and the line chart. */
function xAxis(ctx: DocContext, f: Frame, lo: number, hi: number, label?: string) {
  const ticks = niceTicks(lo, hi, 8).filter((t) => t >= lo && t <= hi);
  const sx = (v: number) => f.left + ((v - lo) / (hi - lo || 1)) * (f.right - f.left);
  for (const t of ticks) {
    line(ctx, sx(t), f.bottom, sx(t), f.bottom + 3, AXIS_COLOR, 0.6);
    drawLabel(ctx, fmt(t), sx(t), f.bottom + 4, { size: LABEL_SIZE, anchor: 'center' });
  }
  if (label) drawLabel(ctx, label, f.right, f.bottom + 4 + lineHeight(LABEL_SIZE), { size: LABEL_SIZE, anchor: 'right', color: AXIS_COLOR });
  return sx;
}

function thresholdLines(ctx: DocContext, f: Frame, sx: (v: number) => number, thresholds: Threshold[]) {
  thresholds.forEach((t, i) => {
    const color = t.color ?? rgb(0.75, 0.15, 0.15);
    line(ctx, sx(t.value), f.top, sx(t.value), f.bottom, color, 0.9, [3, 2]);
    // Stagger labels of neighbouring thresholds so they never overlap.
    const y = f.top - lineHeight(LABEL_SIZE) * (1 + (i % 2));
    drawLabel(ctx, t.label, sx(t.value), y, { size: LABEL_SIZE, anchor: 'center', color });
  });
}

/** Data range; an empty chart still gets a valid axis instead of NaN coordinates. */
function extent(values: number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}

function frameFor(ctx: DocContext, top: number, height: number): Frame {
  return {
    left: contentLeft(ctx) + Y_AXIS_GUTTER, right: contentLeft(ctx) + contentWidth(ctx) - 8,
    top: top + TOP_GUTTER + 2 * lineHeight(LABEL_SIZE), bottom: top + height - 2 * lineHeight(LABEL_SIZE) - 6,
  };
}

/** Histogram of a distribution, e.g. ΔHHI across scenarios, with labelled threshold lines. */
export function histogram(ctx: DocContext, spec: HistogramSpec): void {
  const height = spec.height ?? CHART_HEIGHT;
  const color = spec.color ?? CHART_PALETTE[1];
  const top = start(ctx, height, spec.title);
  const f = frameFor(ctx, top, height);
  const tv = (spec.thresholds ?? []).map((t) => t.value);
  const [lo, hi] = extent([...spec.bins.flatMap((b) => [b.from, b.to]), ...tv]);
  const ticks = niceTicks(0, Math.max(1, ...spec.bins.map((b) => b.count)));
  yAxis(ctx, f, ticks, fmt, spec.yLabel);
  const sx = xAxis(ctx, f, lo, hi, spec.xLabel);
  const yMax = ticks[ticks.length - 1];
  for (const b of spec.bins) {
    const h = ((f.bottom - f.top) * b.count) / yMax;
    box(ctx, sx(b.from) + 0.5, f.bottom - h, sx(b.to) - sx(b.from) - 1, h, color);
  }
  thresholdLines(ctx, f, sx, spec.thresholds ?? []);
  ctx.cursorY = top + height + 12;
}

/** Line chart of one or more series over a numeric x axis. */
export function lineChart(ctx: DocContext, spec: LineChartSpec): void {
  const height = spec.height ?? CHART_HEIGHT;
  const colors = spec.series.map((s, i) => s.color ?? CHART_PALETTE[(i + 1) % CHART_PALETTE.length]);
  const top = start(ctx, height, spec.title, spec.series.map((s, i) => ({ name: s.name, color: colors[i] })));
  const f = frameFor(ctx, top, height);
  const pts = spec.series.flatMap((s) => s.points);
  const tv = (spec.thresholds ?? []).map((t) => t.value);
  const [lo, hi] = extent([...pts.map((p) => p.x), ...tv]);
  const ticks = niceTicks(0, Math.max(1, ...pts.map((p) => p.y)));
  yAxis(ctx, f, ticks, fmt, spec.yLabel);
  const sx = xAxis(ctx, f, lo, hi, spec.xLabel);
  const sy = (v: number) => f.bottom - ((f.bottom - f.top) * v) / ticks[ticks.length - 1];
  spec.series.forEach((s, i) => {
    s.points.forEach((p, k) => {
      if (k > 0) line(ctx, sx(s.points[k - 1].x), sy(s.points[k - 1].y), sx(p.x), sy(p.y), colors[i], 1.2);
      box(ctx, sx(p.x) - 1.5, sy(p.y) - 1.5, 3, 3, colors[i]);
    });
  });
  thresholdLines(ctx, f, sx, spec.thresholds ?? []);
  ctx.cursorY = top + height + 12;
}

/** Width a label needs; lets callers size a chart to its longest category. */
export function labelWidth(ctx: DocContext, text: string, size = LABEL_SIZE): number {
  return measureRuns(ctx, runsFor(ctx, text), size);
}
