import { PDFDocument } from 'pdf-lib';
import { beforeEach, describe, expect, it } from 'vitest';
import { type DocContext, barChart, createDocContext, histogram, lineChart } from '@/lib/pdf';

let ctx: DocContext;
beforeEach(async () => {
  ctx = await createDocContext(await PDFDocument.create());
});

// NaN or Infinity in a content stream makes viewers drop the whole page.
const operators = () => ctx.content.join('');

describe('charts', () => {
  it('draws grouped bars, thresholds and lines with finite coordinates only', () => {
    barChart(ctx, { title: 'Shares', categories: ['Ανθρωπική Α.Ε.', '深度求索'], series: [{ name: 'Before', values: [10, 20] }, { name: 'After', values: [30, 0] }] });
    expect(operators()).toMatch(/ re f /); // bars
    ctx.content.length = 0;
    histogram(ctx, {
      bins: [{ from: 0, to: 50, count: 3 }, { from: 50, to: 100, count: 7 }],
      thresholds: [100, 150, 200, 250].map((v) => ({ value: v, label: `ΔHHI ${v}` })),
    });
    expect(operators()).toMatch(/\[3 2\] 0 d/); // dashed threshold lines
    expect(operators()).not.toMatch(/NaN|Infinity/);
    ctx.content.length = 0;
    lineChart(ctx, { series: [{ name: 'HHI', points: [{ x: 1, y: 1800 }, { x: 2, y: 2100 }] }] });
    expect(operators()).toMatch(/ m .* l S/);
    expect(operators()).not.toMatch(/NaN|Infinity/);
    expect(ctx.warnings).toEqual([]);
  });

  it('copes with empty data', () => {
    barChart(ctx, { categories: [], series: [] });
    histogram(ctx, { bins: [] });
    lineChart(ctx, { series: [] });
    expect(operators()).not.toMatch(/NaN|Infinity/);
  });
});
