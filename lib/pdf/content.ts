import { deflateSync } from 'node:zlib';
import type { PDFName, PDFPage, RGB } from 'pdf-lib';
import { toPdfY } from './coordinates';
import type { DocContext, EmbeddedFont, FontKey } from './types';

/**
 * Page content is written as PDF operator text into a per-page buffer and
 * compressed into a stream when the page is finished (`flushContent`).
 * pdf-lib's page.draw* keep every operator as objects until save: about 1 KB
 * per table cell, which made a 130-page table cost ~130 MB; the buffer keeps
 * only the compressed stream of finished pages.
 *
 * Coordinates here are top-down like the cursor; `toPdfY` converts them.
 * Anything drawn with ctx.page.draw* directly ends up beneath buffered content.
 */

/** Two decimals are 1/7200 inch: finer than any printer. */
function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? '0' : String(r);
}

function colour(c: RGB): string {
  return `${+c.red.toFixed(3)} ${+c.green.toFixed(3)} ${+c.blue.toFixed(3)}`;
}

export function emit(ctx: DocContext, chunk: string): void {
  ctx.content.push(chunk);
}

/** Compresses the current page's buffered operators into a content stream of that page. */
export function flushContent(ctx: DocContext): void {
  if (ctx.content.length === 0) return;
  // node:zlib rather than pdf-lib's flateStream (pako): native, faster, and no
  // per-call JS window buffers, which showed as ~30 MB of RSS over 130 pages.
  const bytes = deflateSync(Buffer.from(ctx.content.join(''), 'latin1'));
  const stream = ctx.doc.context.stream(bytes, { Filter: 'FlateDecode' });
  ctx.page.node.addContentStream(ctx.doc.context.register(stream));
  ctx.content.length = 0;
}

export function fillRect(ctx: DocContext, x: number, yTop: number, width: number, height: number, color: RGB): void {
  if (width <= 0 || height <= 0) return;
  // `re` takes the bottom-left corner in PDF space.
  emit(ctx, `q ${colour(color)} rg ${num(x)} ${num(toPdfY(ctx, yTop + height))} ${num(width)} ${num(height)} re f Q\n`);
}

export interface StrokeOptions {
  thickness?: number;
  color?: RGB;
  /** Dash and gap lengths in points. */
  dash?: number[];
}

export function strokeLine(
  ctx: DocContext, x1: number, y1Top: number, x2: number, y2Top: number, opts: StrokeOptions = {},
): void {
  const dash = opts.dash?.length ? `[${opts.dash.map(num).join(' ')}] 0 d ` : '';
  const c = opts.color ? `${colour(opts.color)} RG ` : '';
  emit(ctx,
    `q ${num(opts.thickness ?? 0.5)} w ${c}${dash}` +
    `${num(x1)} ${num(toPdfY(ctx, y1Top))} m ${num(x2)} ${num(toPdfY(ctx, y2Top))} l S Q\n`);
}

// Resource names of the fonts per page; weak so that finished documents are not kept alive.
const pageFontNames = new WeakMap<PDFPage, Map<FontKey, PDFName>>();

export function fontResource(page: PDFPage, font: EmbeddedFont): string {
  let names = pageFontNames.get(page);
  if (!names) pageFontNames.set(page, (names = new Map()));
  let name = names.get(font.key);
  if (!name) names.set(font.key, (name = page.node.newFontDictionary(font.pdf.name, font.pdf.ref)));
  return name.asString();
}

/**
 * Hex glyph ids for a run. With shaping off (fonts.ts NO_SHAPING) a string's
 * encoding is the concatenation of its characters' encodings, so fontkit's
 * layout runs once per distinct character per document instead of once per
 * string: the difference between seconds and a fraction of one for 5,000 rows.
 */
export function encodeRun(ctx: DocContext, font: EmbeddedFont, text: string): string {
  let hex = '';
  for (const ch of text) {
    const key = font.key + ch;
    let h = ctx.glyphHex.get(key);
    if (h === undefined) {
      h = font.pdf.encodeText(ch).asString();
      ctx.glyphHex.set(key, h);
    }
    hex += h;
  }
  return hex;
}

export interface GlyphRunOp {
  font: EmbeddedFont;
  text: string;
  x: number;
  /** Stroke width for synthetic bold, or 0. */
  fakeBoldStroke: number;
}

/** One text object for a line of runs sharing a baseline (`baselineTop`, from the page top). */
export function textLine(ctx: DocContext, runs: GlyphRunOp[], baselineTop: number, size: number, color: RGB): void {
  const y = num(toPdfY(ctx, baselineTop));
  let out = `q BT ${colour(color)} rg `;
  for (const r of runs) {
    // Fill-and-stroke (Tr 2) thickens faces that have no bold weight.
    if (r.fakeBoldStroke) out += `2 Tr ${num(r.fakeBoldStroke)} w ${colour(color)} RG `;
    out += `${fontResource(ctx.page, r.font)} ${num(size)} Tf 1 0 0 1 ${num(r.x)} ${y} Tm <${encodeRun(ctx, r.font, r.text)}> Tj `;
    if (r.fakeBoldStroke) out += '0 Tr ';
  }
  emit(ctx, `${out}ET Q\n`);
}
