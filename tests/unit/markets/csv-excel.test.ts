import { describe, expect, it } from 'vitest';
import { readClusterCsv } from '@/lib/markets/cluster-csv';
import { detectSeparator, parseCsv, toCsvFile } from '@/lib/markets/csv';

/* What Excel writes and reads: semicolons in most of Europe, and UTF-8 only with a byte-order mark. */

const CHIPS = ['NVIDIA H100 SXM'];

describe('CSV as Excel writes it', () => {
  it('takes the separator from the header line, not from values further down', () => {
    expect(detectSeparator('firm;cluster;site\nA;"B, C";x\n')).toBe(';');
    expect(detectSeparator('firm,cluster,site\nA,B;C,x\n')).toBe(',');
    expect(detectSeparator('"a;b",c\n')).toBe(',');
    expect(detectSeparator('\n\nfirm;cluster\n')).toBe(';');
  });

  it('imports a semicolon-separated file with a BOM and Windows line ends like the comma one', () => {
    const rows = [
      ['firm', 'cluster', 'site', 'accelerator', 'count_low', 'count_central', 'count_high', 'status', 'as_of', 'source'],
      ['Mistral', 'Schätzung — München', 'München; Bayern', 'NVIDIA H100 SXM', '16000', '18000', '20000', 'operational', '2025-06-30', 'Schätzung'],
    ];
    const semicolons = '\uFEFF' + rows.map((r) => r.map((c) => (c.includes(';') ? `"${c}"` : c)).join(';')).join('\r\n') + '\r\n';
    const r = readClusterCsv(semicolons, { acceleratorNames: CHIPS });
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([expect.objectContaining({ firm: 'Mistral', cluster: 'Schätzung — München', site: 'München; Bayern', countCentral: 18_000 })]);
    expect(readClusterCsv(toCsvFile(rows), { acceleratorNames: CHIPS }).rows).toEqual(r.rows);
  });

  it('says "semicolon" when a semicolon file has a stray separator', () => {
    const r = readClusterCsv('firm;cluster;site;accelerator;count_low;count_central;count_high;status;as_of;source\nA;B;x;y;NVIDIA H100 SXM;;1;;operational;2025-01-01;\n', { acceleratorNames: CHIPS });
    expect(r.errors[0].reason).toMatch(/a semicolon inside a value needs the value in quotes/);
  });

  it('writes files with a byte-order mark that the reader drops again', () => {
    const text = toCsvFile([['firm', 'note'], ['Zürich AG', 'a;b']]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(parseCsv(text).records.map((x) => x.fields)).toEqual([['firm', 'note'], ['Zürich AG', 'a;b']]);
  });
});
