import { describe, expect, it } from 'vitest';
import { type TableColumn, composeDocument, heading, loadFonts, table } from '@/lib/pdf';

/**
 * A 5,000-row annex (about 100+ pages) must stay fast and lean enough to
 * generate inside a web request. Bounds are loose for slow CI machines; the
 * measured numbers are printed.
 */
const COLUMNS: TableColumn[] = [
  { header: '#', width: 36 },
  { header: 'Undertaking', width: { fr: 2 } },
  { header: 'Region', width: { fr: 1 } },
  { header: 'Capacity (MW)', width: 62 },
  { header: 'Accelerators', width: 62 },
  { header: 'Evidence reference', width: { fr: 1.2 }, style: 'mono' },
];
const NAMES = ['Ανθρωπική Α.Ε.', 'ООО Колосс', '深度求索', '東京計算株式会社', 'Société Générale — Zürich', 'Acme Compute Holdings Ltd'];

describe('performance', () => {
  it('generates a 5,000-row × 6-column table document quickly and within memory', async () => {
    loadFonts(); // process-wide, once: not part of a document's cost
    const rows = Array.from({ length: 5000 }, (_, i) => [
      i + 1, NAMES[i % NAMES.length], `Region ${i % 37}`, ((i * 7919) % 100000) / 10, (i * 31) % 1000,
      `ev-${((i * 2654435761) >>> 0).toString(16)}`,
    ]);
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const r = await composeDocument({
      metadata: { title: 'Annex — compute capacity', author: 'perf' },
      furniture: { caseCodename: 'Perf', documentTitle: 'Annex', confidentiality: 'NON-CONFIDENTIAL VERSION', documentId: 'P-1' },
    }, (ctx) => {
      heading(ctx, 'Annex — compute capacity by site', 1);
      table(ctx, COLUMNS, rows, { zebra: true });
    });
    const ms = performance.now() - t0;
    const peakRss = process.resourceUsage().maxRSS * 1024;
    console.log(`[pdf perf] 5,000 rows: ${r.pageCount} pages, ${(r.bytes.length / 1024).toFixed(0)} KB, ` +
      `${ms.toFixed(0)} ms, process peak RSS ${(peakRss / 1e6).toFixed(0)} MB (RSS before ${(rssBefore / 1e6).toFixed(0)} MB)`);
    expect(r.pageCount).toBeGreaterThanOrEqual(90);
    expect(ms).toBeLessThan(20_000);
    expect(peakRss).toBeLessThan(600e6);
  }, 60_000);
});
