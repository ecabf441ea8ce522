import { PageSizes } from 'pdf-lib';
import { flushContent } from './content';
import type { DocContext, PageGeometry } from './types';

/**
 * A4 in points. The top margin leaves room for the running header and the
 * bottom margin for the footer that page-furniture.ts stamps afterwards.
 */
export const A4_GEOMETRY: Readonly<PageGeometry> = {
  width: PageSizes.A4[0],
  height: PageSizes.A4[1],
  marginTop: 72,
  marginBottom: 64,
  marginLeft: 56,
  marginRight: 56,
};

/** Vertical rhythm shared by the blocks, in points. */
export const SPACING = {
  paragraphAfter: 6,
  blockAfter: 12,
} as const;

// toPdfY has its own module so the content stream (content.ts) can use it without importing layout.
export { toPdfY } from './coordinates';

export function contentLeft(ctx: DocContext): number {
  return ctx.geometry.marginLeft;
}

export function contentWidth(ctx: DocContext): number {
  const g = ctx.geometry;
  return g.width - g.marginLeft - g.marginRight;
}

/** Lowest y (from top) content may reach. */
export function contentBottom(ctx: DocContext): number {
  return ctx.geometry.height - ctx.geometry.marginBottom;
}

export function remainingSpace(ctx: DocContext): number {
  return contentBottom(ctx) - ctx.cursorY;
}

/** Starts a new page with the cursor at the top margin, then runs the new-page hooks (e.g. repeated table headers). */
export function addPage(ctx: DocContext): void {
  const g = ctx.geometry;
  if (ctx.page) flushContent(ctx);
  ctx.page = ctx.doc.addPage([g.width, g.height]);
  ctx.cursorY = g.marginTop;
  // Copy: a hook may itself need space, and must not see its own re-registration.
  for (const hook of [...ctx.onNewPage]) hook(ctx);
}

/** True when the cursor sits at the top of an empty page, where breaking again would loop. */
export function atPageTop(ctx: DocContext): boolean {
  return ctx.cursorY <= ctx.geometry.marginTop + 0.01;
}

/**
 * Breaks the page unless `height` points fit below the cursor. Content taller
 * than a whole page is the caller's to split; here it just starts on a fresh page.
 * Returns true when a page was added.
 */
export function ensureSpace(ctx: DocContext, height: number): boolean {
  if (height <= remainingSpace(ctx) || atPageTop(ctx)) return false;
  addPage(ctx);
  return true;
}

export function moveDown(ctx: DocContext, points: number): void {
  ctx.cursorY = Math.min(ctx.cursorY + points, contentBottom(ctx));
}
