import { rgb, type RGB } from 'pdf-lib';
import { type GlyphRunOp, textLine } from './content';
import { runWidth, runsFor, sanitizeText } from './fonts';
import { contentLeft, contentWidth, ensureSpace } from './layout';
import type { DocContext, FontStyle, TextOptions, TextRun } from './types';

export const BODY_SIZE = 10;
/** Line box height as a multiple of the font size. */
export const LINE_HEIGHT = 1.35;
/**
 * Baseline offset below the line box's top, as a multiple of the font size.
 * Leaves room for capital accents above and descenders (0.29 em in Noto) below.
 */
export const BASELINE = 1.0;
export const TEXT_COLOR = rgb(0.1, 0.1, 0.12);
/** Stroke width of synthetic bold (CJK/Hangul have no bold face), per point of size. */
const FAKE_BOLD_STROKE = 0.035;

export type Align = 'left' | 'right' | 'center';

export interface Line { runs: TextRun[]; width: number }

export function lineHeight(size: number): number {
  return size * LINE_HEIGHT;
}

/**
 * Draws one line of runs whose line box starts `yTop` points below the page's
 * top edge, as a single text object.
 */
export function drawRunsLine(
  ctx: DocContext, runs: TextRun[], x: number, yTop: number, size: number, color: RGB = TEXT_COLOR,
): void {
  if (runs.length === 0) return;
  let pen = x;
  const ops: GlyphRunOp[] = [];
  for (const run of runs) {
    ops.push({ font: run.font, text: run.text, x: pen, fakeBoldStroke: run.fakeBold ? size * FAKE_BOLD_STROKE : 0 });
    pen += runWidth(ctx, run, size);
  }
  textLine(ctx, ops, yTop + size * BASELINE, size, color);
}

// Line breaks are allowed between any two of these (Han, kana, CJK punctuation, fullwidth forms).
const CJK_BREAKABLE = /[\u2E80-\u2FFF\u3000-\u30FF\u31F0-\u31FF\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[\uD840-\uD87F][\uDC00-\uDFFF]/;
// Kinsoku: these must not start a line (closing marks) or end one (opening marks); Latin ones too.
const NO_BREAK_BEFORE = /[、。，．・：；？！）」』】〕〉》〙〗ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥％,.;:!?)\]}%»”’]/;
const NO_BREAK_AFTER = /[（「『【〔〈《〘〖＄(\[{«“‘]/;
/**
 * A CJK stretch this short between spaces or Latin text is kept whole, like a
 * word: "深度求索" or "東京計算株式会社" in an English sentence is a name, and a
 * name split over two lines is hard to read and to search for. Longer
 * stretches are running CJK text and break between any two characters.
 */
const CJK_NAME_MAX = 12;

interface Piece { text: string; run: TextRun }
interface Atom { pieces: Piece[]; width: number; space: boolean }
interface Char { ch: string; run: TextRun; cjk: boolean }

function pushChar(atom: Atom, c: Char): void {
  const last = atom.pieces[atom.pieces.length - 1];
  if (last && last.run === c.run) last.text += c.ch;
  else atom.pieces.push({ text: c.ch, run: c.run });
}

/** Breaks runs into unbreakable atoms: spaces, words, and the characters of long CJK text. */
function atomize(ctx: DocContext, runs: TextRun[], size: number): Atom[] {
  // Words: maximal stretches without spaces, each followed by its space atom.
  const words: Char[][] = [];
  const atoms: Atom[] = [];
  let word: Char[] = [];
  const endWord = () => {
    if (word.length) words.push(word);
    word = [];
  };
  for (const run of runs) {
    for (const ch of run.text) {
      if (ch === ' ') {
        endWord();
        words.push([{ ch, run, cjk: false }]);
      } else {
        word.push({ ch, run, cjk: CJK_BREAKABLE.test(ch) });
      }
    }
  }
  endWord();
  for (const w of words) {
    if (w[0].ch === ' ') {
      const last = atoms[atoms.length - 1];
      if (last?.space) pushChar(last, w[0]);
      else atoms.push({ pieces: [{ text: ' ', run: w[0].run }], width: 0, space: true });
      continue;
    }
    const cjkCount = w.reduce((n, c) => n + (c.cjk ? 1 : 0), 0);
    let cur: Atom = { pieces: [], width: 0, space: false };
    atoms.push(cur);
    w.forEach((c, i) => {
      const prev = w[i - 1];
      const breakBefore = prev !== undefined && cjkCount > CJK_NAME_MAX && (c.cjk || prev.cjk) &&
        !NO_BREAK_BEFORE.test(c.ch) && !NO_BREAK_AFTER.test(prev.ch);
      if (breakBefore) atoms.push((cur = { pieces: [], width: 0, space: false }));
      pushChar(cur, c);
    });
  }
  for (const a of atoms) a.width = piecesWidth(ctx, a.pieces, size);
  return atoms;
}

function piecesWidth(ctx: DocContext, pieces: Piece[], size: number): number {
  let w = 0;
  for (const p of pieces) w += runWidth(ctx, { ...p.run, text: p.text }, size);
  return w;
}

/** Splits an atom wider than a line into character chunks that fit. */
function hardBreak(ctx: DocContext, atom: Atom, maxWidth: number, size: number): Atom[] {
  const out: Atom[] = [];
  let cur: Atom = { pieces: [], width: 0, space: false };
  for (const p of atom.pieces) {
    for (const ch of p.text) {
      const w = runWidth(ctx, { ...p.run, text: ch }, size);
      if (cur.width + w > maxWidth && cur.pieces.length) {
        out.push(cur);
        cur = { pieces: [], width: 0, space: false };
      }
      const last = cur.pieces[cur.pieces.length - 1];
      if (last && last.run === p.run) last.text += ch;
      else cur.pieces.push({ text: ch, run: p.run });
      cur.width += w;
    }
  }
  if (cur.pieces.length) out.push(cur);
  return out;
}

function toLine(atoms: Atom[]): Line {
  while (atoms.length && atoms[atoms.length - 1].space) atoms.pop();
  const runs: TextRun[] = [];
  let width = 0;
  for (const a of atoms) {
    width += a.width;
    for (const p of a.pieces) {
      const last = runs[runs.length - 1];
      if (last && last.font === p.run.font && last.fakeBold === p.run.fakeBold) last.text += p.text;
      else runs.push({ ...p.run, text: p.text });
    }
  }
  return { runs, width };
}

/** Word-wraps text into lines no wider than `maxWidth`; "\n" forces a break. */
export function wrapText(
  ctx: DocContext, text: string, maxWidth: number, size: number, style: FontStyle = 'regular',
): Line[] {
  const lines: Line[] = [];
  for (const hard of sanitizeText(text).split('\n')) {
    let cur: Atom[] = [];
    let width = 0;
    for (const atom of atomize(ctx, runsFor(ctx, hard, style), size)) {
      if (atom.space && cur.length === 0) continue;
      if (width + atom.width <= maxWidth || atom.space) {
        cur.push(atom);
        width += atom.width;
        continue;
      }
      if (cur.length) lines.push(toLine(cur));
      cur = [];
      width = 0;
      const parts = atom.width > maxWidth ? hardBreak(ctx, atom, maxWidth, size) : [atom];
      for (const part of parts.slice(0, -1)) lines.push(toLine([part]));
      cur.push(parts[parts.length - 1]);
      width = parts[parts.length - 1].width;
    }
    lines.push(toLine(cur));
  }
  return lines;
}

export function alignedX(x: number, width: number, lineWidth: number, align: Align): number {
  if (align === 'right') return x + width - lineWidth;
  if (align === 'center') return x + (width - lineWidth) / 2;
  return x;
}

export interface ParagraphOptions extends TextOptions {
  align?: Align;
  indent?: number;
  spaceAfter?: number;
  /** Override the line box height (points). */
  lineHeight?: number;
}

/** Draws a wrapped paragraph at the cursor, breaking pages line by line. */
export function paragraph(ctx: DocContext, text: string, opts: ParagraphOptions = {}): void {
  const size = opts.size ?? BODY_SIZE;
  const indent = opts.indent ?? 0;
  const x = contentLeft(ctx) + indent;
  const width = contentWidth(ctx) - indent;
  const lh = opts.lineHeight ?? lineHeight(size);
  for (const line of wrapText(ctx, text, width, size, opts.style)) {
    ensureSpace(ctx, lh);
    drawRunsLine(ctx, line.runs, alignedX(x, width, line.width, opts.align ?? 'left'), ctx.cursorY, size, opts.color);
    ctx.cursorY += lh;
  }
  ctx.cursorY += opts.spaceAfter ?? size * 0.6;
}

export interface LabelOptions extends TextOptions {
  /** Which point of the label `x` anchors. */
  anchor?: Align;
}

/** Draws one unwrapped line (chart labels, page furniture) anchored at `x`; returns its width. */
export function drawLabel(ctx: DocContext, text: string, x: number, yTop: number, opts: LabelOptions = {}): number {
  const size = opts.size ?? BODY_SIZE;
  const runs = runsFor(ctx, text, opts.style);
  const width = runs.reduce((w, r) => w + runWidth(ctx, r, size), 0);
  const left = opts.anchor === 'right' ? x - width : opts.anchor === 'center' ? x - width / 2 : x;
  drawRunsLine(ctx, runs, left, yTop, size, opts.color);
  return width;
}
