import { describe, expect, it } from 'vitest';
import { type FontStyle, composeDocument, paragraph, splitRunsByFont } from '@/lib/pdf';
import { inkRatio, skipPoppler, writeTemp } from './poppler';

/**
 * fontkit can silently drop glyphs when subsetting (see fonts/SOURCES.md): the
 * text is still extractable, but the page shows nothing. Only rendering
 * catches that, so each face draws a sample alone on a page and the page must
 * have ink. The header/footer are stamped too, so compare with a blank body.
 */
const SAMPLES: [string, FontStyle, string][] = [
  ['Ανθρωπική ООО Колосс Société', 'regular', 'regular'],
  ['Ανθρωπική ООО Колосс Société', 'bold', 'bold'],
  ['c20027c08400ee0091001900', 'mono', 'mono'],
  ['深度求索人工智能東京計算株式会社データセンター', 'regular', 'cjk'],
  ['삼성전자 반도체 대한민국', 'regular', 'hangul'],
];

describe.skipIf(skipPoppler)('every shipped face renders visible glyphs', () => {
  it('draws ink for each face', async () => {
    const r = await composeDocument({
      metadata: { title: 'glyphs', author: 'tests' },
      furniture: { caseCodename: 'G', documentTitle: 'glyphs', confidentiality: 'X', documentId: 'G' },
    }, (ctx) => {
      // Page 1 stays blank: the baseline.
      for (const [text, style, face] of SAMPLES) {
        // The sample must really be set in the face under test.
        expect(splitRunsByFont(text, ctx.fonts, { style }).some((run) => run.font.key === face)).toBe(true);
        ctx.cursorY = 1e6; // force a new page
        paragraph(ctx, text.repeat(12), { size: 28, style });
      }
    });
    const file = writeTemp('glyphs.pdf', r.bytes);
    const blank = inkRatio(file, 1);
    SAMPLES.forEach(([, , face], i) => {
      const ink = inkRatio(file, i + 2);
      expect(ink, `face ${face}`).toBeGreaterThan(blank + 0.03);
    });
  });
});
