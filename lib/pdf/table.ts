import { rgb, type RGB } from 'pdf-lib';
import { fillRect, strokeLine } from './content';
import {
  addPage, contentBottom, contentLeft, contentWidth, ensureSpace, remainingSpace,
} from './layout';
import { textWidth } from './fonts';
import { type Align, type Line, alignedX, drawRunsLine, lineHeight, wrapText } from './text';
import type { DocContext, FontStyle } from './types';

export type TableCell = string | number | null | undefined;

export interface TableColumn {
  header: string;
  /** Points, or a share of the width left after fixed columns: `{ fr: 2 }`. */
  width: number | { fr: number };
  /** Numbers default to right alignment so that digits line up. */
  align?: Align;
  style?: FontStyle;
  format?: (value: TableCell) => string;
}

export interface TableOptions {
  fontSize?: number;
  zebra?: boolean;
  /** Repeat the header row at the top of every page the table continues on (default true). */
  repeatHeader?: boolean;
  spaceAfter?: number;
  /** Column widths fixed by the caller (longTable measures all rows once and draws them in slices). */
  widths?: number[];
}

const CELL_PAD_X = 4;
const CELL_PAD_Y = 3;
const HEADER_FILL = rgb(0.88, 0.91, 0.96);
const ZEBRA_FILL = rgb(0.955, 0.96, 0.97);
const RULE_COLOR = rgb(0.55, 0.58, 0.64);
const SEPARATOR_COLOR = rgb(0.86, 0.87, 0.89);

const NUMBER_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

function defaultFormat(v: TableCell): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? NUMBER_FORMAT.format(v) : v;
}

/**
 * A figure, range or date that must stay on one line: digits with their grouping, decimal and range
 * signs, brackets, currency signs, percent, and at most a short unit ("[2,000,000–3,000,000]",
 * "USD", "12.5 %", "2026-03-02"). Long codes (hashes, JSON) may still break, or no column would fit.
 */
const NUMBER_TOKEN = /^[[(#]?[-+−]?[$€£¥]?\d[\d,.'’\u2009\u202f–\-+−/:]*[\])]?%?[,;:.)]?$/u;

/** Tokens of a cell that must not be broken: figures, and every word of a header. */
function unbreakable(text: string, header: boolean): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  return header ? words : words.filter((w) => NUMBER_TOKEN.test(w));
}

/**
 * Column widths sized to their content: each column at least as wide as its widest figure and its
 * widest header word (so "[2,000,000–3,000,000]" and "H100-equivalents" stay whole); the room comes
 * from the slack of the other columns, flexible ones first. A token wider than half the table is
 * left to break: no layout could keep it whole.
 */
export function contentColumnWidths(
  ctx: DocContext, columns: TableColumn[], rows: readonly (readonly string[])[], total: number, size: number,
): number[] {
  return fitColumnWidths(columns, total, measureColumnNeeds(ctx, columns, rows, total, size));
}

/** The width each column needs for its unbreakable tokens (0 where a token could never fit anyway). */
export function measureColumnNeeds(
  ctx: DocContext, columns: TableColumn[], rows: readonly (readonly string[])[], total: number, size: number,
): number[] {
  const cache = new Map<string, number>();
  const measure = (t: string, style: FontStyle) => {
    const key = `${style}\u0000${t}`;
    let w = cache.get(key);
    if (w === undefined) cache.set(key, (w = textWidth(ctx, t, size, style)));
    return w;
  };
  return columns.map((c, i) => {
    let w = 0;
    for (const t of unbreakable(c.header, true)) w = Math.max(w, measure(t, 'bold'));
    for (const row of rows) for (const t of unbreakable(row[i] ?? '', false)) w = Math.max(w, measure(t, c.style ?? 'regular'));
    // Rounding of glyph advances: a hair of room so the measured token fits the wrap test.
    return w > total / 2 ? 0 : w + 2 * CELL_PAD_X + 0.5;
  });
}

/** Widens the columns that need it, taking the room from the slack of the others (flexible ones first). */
export function fitColumnWidths(columns: TableColumn[], total: number, need: number[]): number[] {
  const widths = resolveColumnWidths(columns, total);
  let deficit = need.reduce((s, n, i) => s + Math.max(0, n - widths[i]), 0);
  if (deficit <= 0) return widths;
  const out = widths.map((w, i) => Math.max(w, need[i]));
  for (const flexibleFirst of [true, false]) {
    const donors = columns.map((c, i) => ((typeof c.width !== 'number') === flexibleFirst ? Math.max(0, out[i] - Math.max(need[i], 2 * CELL_PAD_X + 12)) : 0));
    const slack = donors.reduce((a, b) => a + b, 0);
    if (slack <= 0) continue;
    const take = Math.min(deficit, slack);
    donors.forEach((d, i) => { out[i] -= (take * d) / slack; });
    deficit -= take;
    if (deficit <= 1e-6) break;
  }
  if (deficit > 1e-6) {
    // Not enough room anywhere: scale back to the table width (some figure will break).
    const sum = out.reduce((a, b) => a + b, 0);
    return out.map((w) => (w * total) / sum);
  }
  return out;
}

export function resolveColumnWidths(columns: TableColumn[], total: number): number[] {
  const fixed = columns.reduce((s, c) => s + (typeof c.width === 'number' ? c.width : 0), 0);
  const fr = columns.reduce((s, c) => s + (typeof c.width === 'number' ? 0 : c.width.fr), 0);
  const free = Math.max(0, total - fixed);
  return columns.map((c) => (typeof c.width === 'number' ? c.width : (free * c.width.fr) / (fr || 1)));
}

/**
 * Draws a table at the cursor. Rows break across pages, the header is repeated
 * on each new page, and a row taller than a page is split between pages
 * rather than cut off.
 */
export function table(
  ctx: DocContext, columns: TableColumn[], rows: readonly (readonly TableCell[])[], opts: TableOptions = {},
): void {
  const size = opts.fontSize ?? 8.5;
  const lh = lineHeight(size);
  const x0 = contentLeft(ctx);
  const totalWidth = contentWidth(ctx);
  const formatted = rows.map((row) => columns.map((c, i) => (c.format ?? defaultFormat)(row[i])));
  const widths = opts.widths ?? contentColumnWidths(ctx, columns, formatted, totalWidth, size);
  const xs = widths.map((_, i) => x0 + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const inner = widths.map((w) => Math.max(1, w - 2 * CELL_PAD_X));

  // Headers follow their column's alignment so they sit over the figures.
  const aligns = columns.map((c, i) => c.align ?? (rows.length && typeof rows[0][i] === 'number' ? 'right' : 'left'));
  const headerLines = columns.map((c, i) => wrapText(ctx, c.header, inner[i], size, 'bold'));
  const headerHeight = Math.max(1, ...headerLines.map((l) => l.length)) * lh + 2 * CELL_PAD_Y;

  const rule = (yFromTop: number, color: RGB, thickness: number) =>
    strokeLine(ctx, x0, yFromTop, x0 + totalWidth, yFromTop, { thickness, color });
  const fill = (yFromTop: number, height: number, color: RGB) => fillRect(ctx, x0, yFromTop, totalWidth, height, color);
  const drawCells = (cells: Line[][], from: number, count: number, aligns: Align[]) => {
    cells.forEach((lines, i) => {
      for (let k = 0; k < count && from + k < lines.length; k++) {
        const line = lines[from + k];
        const x = alignedX(xs[i] + CELL_PAD_X, inner[i], line.width, aligns[i]);
        drawRunsLine(ctx, line.runs, x, ctx.cursorY + CELL_PAD_Y + k * lh, size);
      }
    });
  };
  const drawHeader = () => {
    fill(ctx.cursorY, headerHeight, HEADER_FILL);
    drawCells(headerLines, 0, Infinity, aligns);
    ctx.cursorY += headerHeight;
    rule(ctx.cursorY, RULE_COLOR, 0.8);
  };


  // Keep the header with at least the first row.
  const firstRowLines = formatted.length
    ? Math.max(1, ...formatted[0].map((t, i) => wrapText(ctx, t, inner[i], size, columns[i].style).length))
    : 0;
  ensureSpace(ctx, headerHeight + firstRowLines * lh + 2 * CELL_PAD_Y);
  drawHeader();
  const hook = () => drawHeader();
  if (opts.repeatHeader ?? true) ctx.onNewPage.push(hook);

  const pageBody = contentBottom(ctx) - ctx.geometry.marginTop - headerHeight;
  try {
    formatted.forEach((texts, r) => {
      const cells = texts.map((t, i) => wrapText(ctx, t, inner[i], size, columns[i].style));
      const total = Math.max(1, ...cells.map((l) => l.length));
      const full = total * lh + 2 * CELL_PAD_Y;
      if (full > remainingSpace(ctx) && full <= pageBody) addPage(ctx);
      let from = 0;
      let guard = 0;
      while (from < total) {
        const fit = Math.floor((remainingSpace(ctx) - 2 * CELL_PAD_Y + 1e-6) / lh);
        if (fit < 1) {
          if (guard++ > 2) throw new Error('table: header leaves no room for a row on a fresh page');
          addPage(ctx);
          continue;
        }
        const n = Math.min(fit, total - from);
        const height = n * lh + 2 * CELL_PAD_Y;
        if (opts.zebra && r % 2 === 1) fill(ctx.cursorY, height, ZEBRA_FILL);
        drawCells(cells, from, n, aligns);
        ctx.cursorY += height;
        if (!opts.zebra) rule(ctx.cursorY, SEPARATOR_COLOR, 0.4);
        from += n;
        if (from < total) addPage(ctx);
      }
    });
  } finally {
    const at = ctx.onNewPage.indexOf(hook);
    if (at >= 0) ctx.onNewPage.splice(at, 1);
  }
  rule(ctx.cursorY, RULE_COLOR, 0.8);
  ctx.cursorY += opts.spaceAfter ?? 12;
}
