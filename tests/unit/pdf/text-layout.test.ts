import { PDFDocument } from 'pdf-lib';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  A4_GEOMETRY, type DocContext, contentBottom, createDocContext, ensureSpace, lineHeight, niceTicks,
  paragraph, resolveColumnWidths, toPdfY, wrapText,
} from '@/lib/pdf';

let ctx: DocContext;
beforeEach(async () => {
  ctx = await createDocContext(await PDFDocument.create());
});

const lineText = (l: { runs: { text: string }[] }) => l.runs.map((r) => r.text).join('');

describe('wrapText', () => {
  it('wraps Latin text at spaces and never exceeds the width', () => {
    const lines = wrapText(ctx, 'The notifying party submits that the relevant market is the supply of AI compute capacity. '.repeat(6), 200, 10);
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) {
      expect(l.width).toBeLessThanOrEqual(200);
      expect(lineText(l)).not.toMatch(/^ | $/);
    }
  });

  it('breaks running CJK text between characters, honouring kinsoku', () => {
    const text = '深度求索人工智能基础技术研究有限公司是一家专注于通用人工智能研究的公司，其主要业务包括大规模语言模型的训练与推理服务。';
    const lines = wrapText(ctx, text, 120, 10);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.map(lineText).join('')).toBe(text);
    for (const l of lines) {
      expect(l.width).toBeLessThanOrEqual(120);
      expect(lineText(l)).not.toMatch(/^[，。、]/);
    }
  });

  it('keeps a short CJK name in Latin text on one line', () => {
    const lines = wrapText(ctx, 'The main competitors are 深度求索 and 東京計算株式会社 in this market segment', 150, 10);
    const all = lines.map(lineText);
    expect(all.some((l) => l.includes('深度求索'))).toBe(true);
    expect(all.some((l) => l.includes('東京計算株式会社'))).toBe(true);
  });

  it('breaks a token wider than the line by characters instead of overflowing', () => {
    const hash = 'c20027c08400ee0091001900102a4001700df8060005500400200'.repeat(2);
    const lines = wrapText(ctx, hash, 100, 9, 'mono');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map(lineText).join('')).toBe(hash);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(100);
  });

  it('starts a new line at each newline and keeps empty lines', () => {
    expect(wrapText(ctx, 'a\n\nb', 300, 10).map(lineText)).toEqual(['a', '', 'b']);
  });
});

describe('layout cursor', () => {
  it('converts the top-down cursor to pdf-lib bottom-left coordinates in one place', () => {
    expect(toPdfY(ctx, 0)).toBeCloseTo(A4_GEOMETRY.height);
    expect(toPdfY(ctx, A4_GEOMETRY.height)).toBeCloseTo(0);
    expect(ctx.cursorY).toBe(A4_GEOMETRY.marginTop);
  });

  it('ensureSpace adds a page only when needed and never twice at a page top', () => {
    expect(ensureSpace(ctx, 100)).toBe(false);
    ctx.cursorY = contentBottom(ctx) - 10;
    expect(ensureSpace(ctx, 50)).toBe(true);
    expect(ctx.doc.getPageCount()).toBe(2);
    expect(ctx.cursorY).toBe(A4_GEOMETRY.marginTop);
    expect(ensureSpace(ctx, 10_000)).toBe(false);
    expect(ctx.doc.getPageCount()).toBe(2);
  });

  it('paragraphs flow onto new pages line by line', () => {
    const text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(200);
    paragraph(ctx, text);
    expect(ctx.doc.getPageCount()).toBeGreaterThan(1);
    expect(ctx.cursorY).toBeLessThanOrEqual(contentBottom(ctx) + lineHeight(10));
  });
});

describe('helpers', () => {
  it('resolves fixed and fractional column widths', () => {
    expect(resolveColumnWidths([{ header: 'a', width: 100 }, { header: 'b', width: { fr: 1 } }, { header: 'c', width: { fr: 3 } }], 500))
      .toEqual([100, 100, 300]);
  });

  it('chooses round axis ticks', () => {
    expect(niceTicks(0, 31.4)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(0, 2475)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
  });
});
