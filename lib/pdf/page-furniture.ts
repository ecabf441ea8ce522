import { rgb, type RGB } from 'pdf-lib';
import { measureRuns, runsFor } from './fonts';
import { flushContent, strokeLine } from './content';
import { contentLeft, contentWidth } from './layout';
import { drawLabel, drawRunsLine } from './text';
import type { DocContext, FontStyle } from './types';

export const CONFIDENTIAL_MARKING = 'CONFIDENTIAL — contains business secrets';
export const NON_CONFIDENTIAL_MARKING = 'NON-CONFIDENTIAL VERSION';

export interface PageFurniture {
  /** Case codename, e.g. "Project Atlas". */
  caseCodename: string;
  documentTitle: string;
  /** Marking shown top right on every page; see CONFIDENTIAL_MARKING / NON_CONFIDENTIAL_MARKING. */
  confidentiality: string;
  documentId: string;
  generatedAt: Date;
}

const FURNITURE_SIZE = 8;
const FURNITURE_COLOR = rgb(0.3, 0.3, 0.34);
const CONFIDENTIAL_COLOR = rgb(0.7, 0.08, 0.08);
/** Offsets inside the page margins, from the top and bottom page edges respectively. */
const HEADER_TEXT_Y = 30;
const HEADER_RULE_Y = 46;
const FOOTER_RULE_Y = 44;
const FOOTER_TEXT_Y = 38;
const GAP = 12;

/** "2025-06-01 14:03 UTC": the generation time must not depend on the server's zone. */
export function formatUtc(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Draws `text` cut to `maxWidth` with an ellipsis: running headers must stay on one line. */
function fitted(ctx: DocContext, text: string, x: number, yTop: number, maxWidth: number, style: FontStyle, color: RGB): number {
  let runs = runsFor(ctx, text, style);
  if (measureRuns(ctx, runs, FURNITURE_SIZE) > maxWidth) {
    const chars = [...text];
    while (chars.length && measureRuns(ctx, runs, FURNITURE_SIZE) > maxWidth) {
      chars.pop();
      runs = runsFor(ctx, `${chars.join('').trimEnd()}…`, style);
    }
  }
  drawRunsLine(ctx, runs, x, yTop, FURNITURE_SIZE, color);
  return measureRuns(ctx, runs, FURNITURE_SIZE);
}

/**
 * Stamps header and footer on every page. Run after all content is laid out,
 * since "Page X of Y" needs the final page count.
 */
export function stampPageFurniture(ctx: DocContext, f: PageFurniture): void {
  const pages = ctx.doc.getPages();
  const current = ctx.page;
  const left = contentLeft(ctx);
  const width = contentWidth(ctx);
  const right = left + width;
  const marking = f.confidentiality.trim();
  const markingColor = /^CONFIDENTIAL/i.test(marking) ? CONFIDENTIAL_COLOR : FURNITURE_COLOR;
  const footerY = ctx.geometry.height - FOOTER_TEXT_Y; // footer baseline band, measured from the top
  const rule = (yFromTop: number) => strokeLine(ctx, left, yFromTop, right, yFromTop, { thickness: 0.5, color: FURNITURE_COLOR });
  flushContent(ctx);
  try {
    pages.forEach((page, i) => {
      ctx.page = page;
      const markingWidth = measureRuns(ctx, runsFor(ctx, marking, 'bold'), FURNITURE_SIZE);
      drawLabel(ctx, marking, right, HEADER_TEXT_Y, { size: FURNITURE_SIZE, style: 'bold', color: markingColor, anchor: 'right' });
      const codeW = fitted(ctx, f.caseCodename, left, HEADER_TEXT_Y, width / 3, 'bold', FURNITURE_COLOR);
      fitted(ctx, `·  ${f.documentTitle}`, left + codeW + 5, HEADER_TEXT_Y, width - codeW - 5 - markingWidth - GAP, 'regular', FURNITURE_COLOR);
      rule(HEADER_RULE_Y);

      rule(ctx.geometry.height - FOOTER_RULE_Y);
      const pageLabel = `Page ${i + 1} of ${pages.length}`;
      drawLabel(ctx, pageLabel, right, footerY, { size: FURNITURE_SIZE, anchor: 'right', color: FURNITURE_COLOR });
      const genW = drawLabel(ctx, `Generated ${formatUtc(f.generatedAt)}`, left + width / 2, footerY, {
        size: FURNITURE_SIZE, anchor: 'center', color: FURNITURE_COLOR,
      });
      fitted(ctx, `Document ID: ${f.documentId}`, left, footerY, width / 2 - genW / 2 - GAP, 'regular', FURNITURE_COLOR);
      flushContent(ctx);
    });
  } finally {
    ctx.page = current;
  }
}
