import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type DocContext, createDocContext, measureRuns, runWidth, sanitizeText, splitRunsByFont, textWidth,
} from '@/lib/pdf';

let ctx: DocContext;
beforeAll(async () => {
  ctx = await createDocContext(await PDFDocument.create());
});

const keys = (text: string, style?: 'regular' | 'bold' | 'mono') =>
  splitRunsByFont(text, ctx.fonts, { style }).map((r) => [r.font.key, r.text]);

describe('splitRunsByFont', () => {
  it('chooses per run the first face that covers each script', () => {
    expect(keys('Ανθρωπική Α.Ε., ООО Колосс, 深度求索 / 東京計算株式会社 삼성전자 Zürich')).toEqual([
      ['regular', 'Ανθρωπική Α.Ε., ООО Колосс, '],
      ['cjk', '深度求索'],
      ['regular', ' / '],
      ['cjk', '東京計算株式会社'],
      ['regular', ' '],
      ['hangul', '삼성전자'],
      ['regular', ' Zürich'],
    ]);
  });

  it('falls back to Latin-proportioned symbols before CJK full-width ones', () => {
    // Noto Sans has no ≥ or →; the DejaVu symbols face draws them at text size.
    expect(keys('HHI ≥ 2000')).toEqual([['regular', 'HHI '], ['symbols', '≥'], ['regular', ' 2000']]);
    expect(keys('xAI → Anthropic')).toEqual([['regular', 'xAI '], ['symbols', '→'], ['regular', ' Anthropic']]);
  });

  it('marks bold runs in faces without a bold weight for synthetic bold', () => {
    const runs = splitRunsByFont('Project 深度求索', ctx.fonts, { style: 'bold' });
    expect(runs.map((r) => [r.font.key, r.fakeBold])).toEqual([['bold', false], ['cjk', true]]);
  });

  it('replaces a character no face covers with a visible marker and records a warning, without throwing', () => {
    const warnings: { codePoint: string; char: string; context: string }[] = [];
    const runs = splitRunsByFont('Logo \u{1F600} and Linear B \u{10000}', ctx.fonts, { warnings: warnings as never });
    const text = runs.map((r) => r.text).join('');
    expect(text).toBe('Logo [U+1F600] and Linear B [U+10000]');
    expect(runs.every((r) => r.font.key === 'regular')).toBe(true);
    expect(warnings.map((w) => w.codePoint)).toEqual(['U+1F600', 'U+10000']);
    expect(warnings[0].context).toContain('Logo');
  });

  it('records each uncovered character once per context', () => {
    const warnings: never[] = [];
    splitRunsByFont('\u{1F600}\u{1F600}', ctx.fonts, { warnings });
    splitRunsByFont('\u{1F600}\u{1F600}', ctx.fonts, { warnings });
    expect(warnings).toHaveLength(1);
  });
});

describe('sanitizeText', () => {
  it('composes decomposed accents (NFC) so no combining mark is drawn unpositioned', () => {
    expect(sanitizeText('Zu\u0308rich Socie\u0301te\u0301')).toBe('Zürich Société');
  });

  it('drops invisible format characters and keeps line breaks', () => {
    expect(sanitizeText('a\u200Bb\uFE0Fc\u00AD\td\r\ne')).toBe('abc d\ne');
  });
});

describe('text width', () => {
  it('matches what pdf-lib writes (sum of advances, no shaping)', () => {
    for (const [text, key] of [
      ['office affine Zürich — Ανθρωπική', 'regular'],
      ['ООО Колосс', 'bold'],
      ['深度求索東京計算株式会社', 'cjk'],
      ['삼성전자', 'hangul'],
      ['c20027c08400ee00', 'mono'],
    ] as const) {
      const font = ctx.fonts[key];
      expect(runWidth(ctx, { text, font, fakeBold: false }, 10)).toBeCloseTo(font.pdf.widthOfTextAtSize(text, 10), 6);
    }
  });

  it('adds up across runs of different faces', () => {
    const runs = splitRunsByFont('Name: 深度求索', ctx.fonts);
    expect(measureRuns(ctx, runs, 12)).toBeCloseTo(textWidth(ctx, 'Name: ', 12) + textWidth(ctx, '深度求索', 12), 6);
    expect(textWidth(ctx, '深度求索', 10)).toBeCloseTo(40, 0); // CJK ideographs are 1 em wide
  });
});
