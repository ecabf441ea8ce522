import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib';
import { beforeEach, describe, expect, it } from 'vitest';
import { type DocContext, buildOutline, contentBottom, createDocContext, heading, paragraph } from '@/lib/pdf';

let ctx: DocContext;
beforeEach(async () => {
  ctx = await createDocContext(await PDFDocument.create());
});

describe('heading', () => {
  it('does not leave a heading alone at the foot of a page', () => {
    ctx.cursorY = contentBottom(ctx) - 30;
    heading(ctx, '2. Market shares', 1);
    expect(ctx.doc.getPageCount()).toBe(2);
    expect(ctx.outline[0].page).toBe(ctx.doc.getPage(1));
  });

  it('moves a chain of headings together with the block they introduce', () => {
    ctx.cursorY = contentBottom(ctx) - 150;
    heading(ctx, '2. Market shares', 1);
    expect(ctx.doc.getPageCount()).toBe(1);
    heading(ctx, '2.1 Shares', 2, { keepWithNext: 230 });
    expect(ctx.doc.getPageCount()).toBe(2);
    expect(ctx.outline.map((e) => [e.title, ctx.doc.getPages().indexOf(e.page)])).toEqual([
      ['2. Market shares', 1], ['2.1 Shares', 1],
    ]);
    expect(ctx.outline[0].yFromTop).toBeLessThan(ctx.outline[1].yFromTop);
  });

  it('does not move a heading once content follows it', () => {
    heading(ctx, '1. Parties', 1);
    paragraph(ctx, 'Text.');
    ctx.cursorY = contentBottom(ctx) - 100;
    heading(ctx, '1.1 Structure', 2, { keepWithNext: 230 });
    expect(ctx.outline.map((e) => ctx.doc.getPages().indexOf(e.page))).toEqual([0, 1]);
  });

  it('nests skipped levels under the nearest shallower heading', () => {
    heading(ctx, 'A', 1);
    heading(ctx, 'A.x', 3);
    paragraph(ctx, 'body');
    heading(ctx, 'B', 1);
    buildOutline(ctx);
    const root = ctx.doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const title = (d: PDFDict) => d.lookup(PDFName.of('Title'), PDFHexString).decodeText();
    const a = root.lookup(PDFName.of('First'), PDFDict);
    expect(root.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(3);
    expect(title(a)).toBe('A');
    expect(title(a.lookup(PDFName.of('First'), PDFDict))).toBe('A.x');
    expect(title(a.lookup(PDFName.of('Next'), PDFDict))).toBe('B');
    expect(title(root.lookup(PDFName.of('Last'), PDFDict))).toBe('B');
    expect(ctx.doc.catalog.lookup(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
  });
});
