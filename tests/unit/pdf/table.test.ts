import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ComposedDocument, type TableColumn, composeDocument, heading, paragraph, table } from '@/lib/pdf';
import { pdftotext, renderPng, skipPoppler, writeTemp } from './poppler';

const COLUMNS: TableColumn[] = [
  { header: 'Row', width: 34 },
  { header: 'Undertaking', width: { fr: 2 } },
  { header: 'Jurisdiction', width: { fr: 1 } },
  { header: 'Turnover (EUR m)', width: 96 },
];
const NAMES = ['Ανθρωπική Α.Ε.', 'ООО Колосс', '深度求索', '東京計算株式会社', 'Société Générale — Zürich'];

function furniture(title: string) {
  return {
    metadata: { title, author: 'tests' },
    furniture: { caseCodename: 'Test', documentTitle: title, confidentiality: 'NON-CONFIDENTIAL VERSION', documentId: 'T-1' },
    generatedAt: new Date('2025-01-01T00:00:00Z'),
  };
}

let doc300: ComposedDocument;
let file300: string;
beforeAll(async () => {
  doc300 = await composeDocument(furniture('300-row table'), (ctx) => {
    heading(ctx, 'Annex 1 — turnover by undertaking', 1);
    table(ctx, COLUMNS, Array.from({ length: 300 }, (_, i) => [
      i + 1, NAMES[i % NAMES.length], ['GR', 'RU', 'CN', 'JP', 'CH'][i % 5], 1000 + i * 3.25,
    ]), { zebra: true });
    paragraph(ctx, 'End of annex.');
  });
  file300 = writeTemp('table-300.pdf', doc300.bytes);
});

describe('table', () => {
  it('breaks a 300-row table across pages', () => {
    expect(doc300.pageCount).toBeGreaterThanOrEqual(5);
    expect(doc300.warnings).toEqual([]);
  });

  it.skipIf(skipPoppler)('repeats the header row on every page and keeps every row', () => {
    for (let page = 1; page <= doc300.pageCount; page++) {
      const text = pdftotext(file300, page).replace(/\s+/g, ' ');
      for (const h of ['Row', 'Undertaking', 'Jurisdiction', 'Turnover (EUR m)']) expect(text).toContain(h);
    }
    const all = pdftotext(file300);
    expect(all).toContain('1,971.75'); // last row: 1000 + 299 × 3.25
    expect(all).toContain('End of annex.');
    renderPng(file300, 2, 'table-300-page2');
  });

  it.skipIf(skipPoppler)('splits a row taller than a page instead of cutting it off', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `clause-${i}`).join(' ');
    const r = await composeDocument(furniture('tall row'), (ctx) => {
      table(ctx, COLUMNS, [[1, long, 'EU', 1], [2, 'after', 'EU', 2]]);
    });
    expect(r.pageCount).toBeGreaterThanOrEqual(2);
    const text = pdftotext(writeTemp('tall.pdf', r.bytes));
    expect(text).toContain('clause-0');
    expect(text).toContain('clause-399');
    expect(text).toContain('after');
  });

  it('right-aligns numeric columns by default and survives empty tables', async () => {
    const r = await composeDocument(furniture('empty'), (ctx) => table(ctx, COLUMNS, []));
    expect((await PDFDocument.load(r.bytes)).getPageCount()).toBe(1);
  });
});
