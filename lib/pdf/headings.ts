import {
  PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, rgb, type PDFRef,
} from 'pdf-lib';
import { sanitizeText } from './fonts';
import {
  addPage, atPageTop, contentLeft, contentWidth, ensureSpace, remainingSpace, toPdfY,
} from './layout';
import { BODY_SIZE, drawRunsLine, lineHeight, wrapText } from './text';
import type { DocContext, OutlineEntry } from './types';

export type HeadingLevel = 1 | 2 | 3;

const HEADING = {
  1: { size: 16, before: 14, after: 8 },
  2: { size: 13, before: 12, after: 6 },
  3: { size: 11, before: 8, after: 4 },
} as const;
const HEADING_COLOR = rgb(0.08, 0.16, 0.33);
/** Keep a heading with at least this many body lines after it (no orphaned headings). */
const KEEP_WITH_NEXT_LINES = 3;
/** Outline destinations land this far above the heading, so it is not flush with the window edge. */
const DEST_MARGIN = 8;

export interface HeadingOptions {
  /**
   * Points of the following block to keep on the same page (default: three
   * body lines). Pass a chart's height so the heading is not left behind.
   */
  keepWithNext?: number;
}

/** Draws a bold heading and records it for the PDF outline (bookmarks). */
export function heading(ctx: DocContext, text: string, level: HeadingLevel = 1, opts: HeadingOptions = {}): void {
  const { size, before, after } = HEADING[level];
  const lines = wrapText(ctx, text, contentWidth(ctx), size, 'bold');
  const keep = opts.keepWithNext ?? KEEP_WITH_NEXT_LINES * lineHeight(BODY_SIZE);
  const needed = before + lines.length * lineHeight(size) + after + keep;

  // Headings drawn just before this one, with nothing after them yet, move to
  // the next page with it: "2. Market shares" must not stay behind alone when
  // "2.1 Shares" and its chart start a new page. Their operators are still in
  // the page buffer, so they can be taken back and drawn again.
  const run = ctx.headingRun;
  const last = run[run.length - 1];
  const chained = last !== undefined && last.page === ctx.page && last.contentEnd === ctx.content.length &&
    last.endY === ctx.cursorY && !run[0].atTop;
  if (chained && needed > remainingSpace(ctx)) {
    ctx.content.length = run[0].contentStart;
    ctx.outline.length = run[0].outlineIndex;
    const moved = [...run];
    run.length = 0;
    addPage(ctx);
    for (const h of moved) drawHeading(ctx, h.text, h.level);
  } else if (!chained) {
    run.length = 0;
  }
  ensureSpace(ctx, needed);
  drawHeading(ctx, text, level);
}

function drawHeading(ctx: DocContext, text: string, level: HeadingLevel): void {
  const { size, before, after } = HEADING[level];
  const lh = lineHeight(size);
  const atTop = atPageTop(ctx);
  const contentStart = ctx.content.length;
  const outlineIndex = ctx.outline.length;
  if (!atTop) ctx.cursorY += before;
  ctx.outline.push({ title: text, level, page: ctx.page, yFromTop: ctx.cursorY });
  for (const line of wrapText(ctx, text, contentWidth(ctx), size, 'bold')) {
    drawRunsLine(ctx, line.runs, contentLeft(ctx), ctx.cursorY, size, HEADING_COLOR);
    ctx.cursorY += lh;
  }
  ctx.cursorY += after;
  ctx.headingRun.push({
    text, level, page: ctx.page, atTop, contentStart, contentEnd: ctx.content.length, outlineIndex, endY: ctx.cursorY,
  });
}

interface Node {
  entry?: OutlineEntry;
  level: number;
  ref: PDFRef;
  children: Node[];
}

function descendants(n: Node): number {
  return n.children.reduce((sum, c) => sum + 1 + descendants(c), 0);
}

/**
 * Writes the /Outlines tree from the recorded headings. pdf-lib has no outline
 * API, so the dictionaries are built by hand (PDF 32000-1 §12.3.3). Call once,
 * after all pages exist. Every level is open: /Count is positive.
 */
export function buildOutline(ctx: DocContext): void {
  if (ctx.outline.length === 0) return;
  const pdf = ctx.doc.context;
  const root: Node = { level: 0, ref: pdf.nextRef(), children: [] };
  const stack: Node[] = [root];
  for (const entry of ctx.outline) {
    // A level-3 heading directly under a level-1 one nests under it: skipped levels collapse.
    while (stack[stack.length - 1].level >= entry.level) stack.pop();
    const node: Node = { entry, level: entry.level, ref: pdf.nextRef(), children: [] };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  }

  const write = (parent: Node) => {
    parent.children.forEach((node, i) => {
      const e = node.entry!;
      const dict = PDFDict.withContext(pdf);
      dict.set(PDFName.of('Title'), PDFHexString.fromText(sanitizeText(e.title).replace(/\n/g, ' ')));
      dict.set(PDFName.of('Parent'), parent.ref);
      if (i > 0) dict.set(PDFName.of('Prev'), parent.children[i - 1].ref);
      if (i < parent.children.length - 1) dict.set(PDFName.of('Next'), parent.children[i + 1].ref);
      if (node.children.length) {
        dict.set(PDFName.of('First'), node.children[0].ref);
        dict.set(PDFName.of('Last'), node.children[node.children.length - 1].ref);
        dict.set(PDFName.of('Count'), PDFNumber.of(descendants(node)));
      }
      const top = Math.min(ctx.geometry.height, toPdfY(ctx, e.yFromTop) + DEST_MARGIN);
      dict.set(PDFName.of('Dest'), pdf.obj([e.page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(top), PDFNull]));
      pdf.assign(node.ref, dict);
      write(node);
    });
  };
  write(root);

  const rootDict = PDFDict.withContext(pdf);
  rootDict.set(PDFName.of('Type'), PDFName.of('Outlines'));
  rootDict.set(PDFName.of('First'), root.children[0].ref);
  rootDict.set(PDFName.of('Last'), root.children[root.children.length - 1].ref);
  rootDict.set(PDFName.of('Count'), PDFNumber.of(descendants(root)));
  pdf.assign(root.ref, rootDict);
  ctx.doc.catalog.set(PDFName.of('Outlines'), root.ref);
  // Open the bookmarks panel: a 100-page filing is navigated by its outline.
  ctx.doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
