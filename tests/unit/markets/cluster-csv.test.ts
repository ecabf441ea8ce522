import { describe, expect, it } from 'vitest';
import { readClusterCsv, clusterKey, MAX_REPORTED_ERRORS } from '@/lib/markets/cluster-csv';

const HEADER = 'firm,cluster,site,accelerator,count_low,count_central,count_high,status,as_of,source';
const CHIPS = ['NVIDIA H100 SXM', 'AWS Trainium2'];
const read = (text: string, existing?: Set<string>) => readClusterCsv(text, { acceleratorNames: CHIPS, existing });

describe('readClusterCsv', () => {
  it('accepts columns in any order and a formula-guarded cell', () => {
    const r = read(`source,as_of,status,count_high,count_central,count_low,accelerator,site,cluster,firm\n'=x,2025-01-01,Planned,3,2,1,AWS Trainium2,,C,F\n`);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({ firm: 'F', cluster: 'C', status: 'planned', source: '=x', countLow: 1, line: 2 });
  });

  it('returns no rows at all when any row is bad', () => {
    const r = read(`${HEADER}\nA,B,,NVIDIA H100 SXM,1,2,3,operational,2025-01-01,\nA,C,,NVIDIA H100 SXM,1,2,x,operational,2025-01-01,\n`);
    expect(r.rows).toEqual([]);
    expect(r.errors).toEqual([{ line: 3, column: 'count_high', reason: expect.stringMatching(/digits only/) }]);
  });

  it('reports a quoting problem with the column name from the header', () => {
    const r = read(`${HEADER}\nA,"B"x,,NVIDIA H100 SXM,1,2,3,operational,2025-01-01,\n`);
    expect(r.errors[0]).toMatchObject({ line: 2, column: 'cluster' });
  });

  it('flags a cluster already in the market (adding) and ignores blank spreadsheet lines', () => {
    const r = read(`${HEADER}\nA,B,,NVIDIA H100 SXM,1,2,3,operational,2025-01-01,\n,,,,,,,,,\n`, new Set([clusterKey('A', 'B')]));
    expect(r.errors).toEqual([{ line: 2, column: 'cluster', reason: expect.stringMatching(/already has a cluster/) }]);
  });

  it('caps the reported errors but counts them all', () => {
    const lines = [HEADER, ...Array.from({ length: 300 }, (_, i) => `A,B${i},,Nope,1,2,3,operational,2025-01-01,`)];
    const r = read(lines.join('\n'));
    expect(r.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(r.errorCount).toBe(300);
  });

  it('explains an empty file and a header without rows', () => {
    expect(read('').errors[0].reason).toMatch(/empty/);
    expect(read(`${HEADER}\n`).errors[0].reason).toMatch(/no cluster rows/);
  });
});
