import type { DocContext } from './types';

/**
 * The one place where the cursor's top-down y becomes pdf-lib's y, whose origin
 * is the page's bottom-left corner and which grows upwards.
 */
export function toPdfY(ctx: DocContext, yFromTop: number): number {
  return ctx.geometry.height - yFromTop;
}
