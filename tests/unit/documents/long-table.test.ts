import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createDocContext, flushContent, paragraph, table, type DocContext, type TableColumn } from '@/lib/pdf';
import { longTable } from '@/lib/documents/compose/long-table';
import { stepper, yieldToEventLoop } from '@/lib/documents/compose/progress';

const COLUMNS: TableColumn[] = [
  { header: '#', width: 30, align: 'right' },
  { header: 'Firm', width: { fr: 1.2 } },
  { header: 'Cluster and site, which sometimes wrap', width: { fr: 2 } },
  { header: 'Count', width: 60, align: 'right' },
];
const rows = (n: number) => Array.from({ length: n }, (_, i) => [
  String(i + 1), ['Ανθρωπική Α.Ε.', 'ООО Колосс', '深度求索', 'Helios'][i % 4],
  i % 7 === 0 ? `Cluster ${i} at a site with a long address that wraps onto a second line in this column` : `Cluster ${i}`, String(1000 + i),
]);

async function fresh(): Promise<DocContext> {
  const ctx = await createDocContext(await PDFDocument.create());
  paragraph(ctx, 'A paragraph before the table, so it starts part-way down the first page.');
  return ctx;
}

describe('longTable', () => {
  it('lays out exactly like one table() call: same pages, same bottom position', async () => {
    for (const n of [151, 700, 2_000]) {
      const a = await fresh();
      table(a, COLUMNS, rows(n), { zebra: true, fontSize: 7 });
      const b = await fresh();
      await longTable(b, COLUMNS, rows(n), { zebra: true, fontSize: 7, stepper: stepper() });
      expect(b.doc.getPageCount(), `${n} rows`).toBe(a.doc.getPageCount());
      expect(Math.abs(b.cursorY - a.cursorY), `${n} rows`).toBeLessThan(0.01);
    }
  });

  it('yields to the event loop between pages, so other requests are served', async () => {
    const ctx = await fresh();
    let breaths = 0;
    const s = stepper();
    let maxGap = 0;
    let last = performance.now();
    let ticking = true;
    const tick = async () => {
      while (ticking) {
        await yieldToEventLoop();
        const now = performance.now();
        maxGap = Math.max(maxGap, now - last);
        last = now;
      }
    };
    const ticker = tick();
    await longTable(ctx, COLUMNS, rows(5_000), { fontSize: 7, stepper: { ...s, breathe: async () => { breaths++; await s.breathe(); } } });
    ticking = false;
    await ticker;
    flushContent(ctx);
    expect(breaths).toBeGreaterThanOrEqual(ctx.doc.getPageCount() - 2);
    // One page of rows at a time: far below the whole table's several hundred milliseconds.
    expect(maxGap).toBeLessThan(250);
  });
});
