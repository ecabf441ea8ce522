import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditEvents, clusters } from '@/db/schema';
import { sha256Hex } from '@/lib/audit/canonical';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';
import { exportClustersCsv } from '@/lib/markets/export-clusters';
import { getMarket } from '@/lib/markets/get-market';
import { commitClusterImport, previewClusterImport } from '@/lib/markets/import-clusters';
import { addCluster } from '@/lib/markets/save-cluster';
import { parseCsv } from '@/lib/markets/csv';
import { createUser } from '../fixtures/factories';
import { useTestDatabase } from '../fixtures/db';
import { acceleratorId, csvFile, DEMO_CSV, importCsv, marketCase } from './markets-fixtures';

useTestDatabase();

const HEADER = 'firm,cluster,site,accelerator,count_low,count_central,count_high,status,as_of,source';

async function clusterCount(marketId: string) {
  const [{ n }] = await (await getDb()).select({ n: count() }).from(clusters).where(eq(clusters.marketId, marketId));
  return n;
}

describe('cluster CSV import', () => {
  it('imports the demo file (BOM, quoted commas) with one audit event carrying the row count and SHA-256', async () => {
    const { counsel, caseId, marketId } = await marketCase();
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), DEMO_CSV]);
    const preview = await previewClusterImport({ actor: counsel, caseId, marketId, file: csvFile(withBom, 'demo-market.csv'), mode: 'replace' });
    expect(preview.status).toBe('ready');
    if (preview.status !== 'ready') return;
    expect(preview.rows).toBe(11);
    expect(preview.firms.map((f) => f.name)).toEqual(['xAI', 'Anthropic', 'OpenAI', 'Google DeepMind', 'Meta']);
    expect(preview.firms.every((f) => f.isNew)).toBe(true);
    expect(preview.sample[0]).toMatchObject({ site: 'Memphis, Tennessee, US', countCentral: 100_000 });
    expect(await clusterCount(marketId)).toBe(0); // the preview writes nothing

    const done = await commitClusterImport({ actor: counsel, caseId, marketId, file: csvFile(withBom, 'demo-market.csv'), mode: 'replace', sha256: preview.sha256, clustersStamp: preview.clustersStamp });
    expect(done).toMatchObject({ status: 'imported', rows: 11, replaced: 0, firmsCreated: 5, sha256: sha256Hex(withBom) });
    const m = await getMarket({ actor: counsel, caseId, marketId });
    expect(m.clusters[0]).toMatchObject({ firm: 'xAI', name: 'Colossus phase 1', site: 'Memphis, Tennessee, US', accelerator: 'NVIDIA H100 SXM' });
    expect(m.clusters[5]).toMatchObject({ status: 'under construction', countLow: 30_000, countHigh: 80_000 });
    const events = await (await getDb()).select().from(auditEvents).where(eq(auditEvents.entityId, marketId));
    const imports = events.filter((e) => e.action === 'market.clusters-import');
    expect(imports).toHaveLength(1);
    expect(imports[0].changes).toMatchObject({ mode: 'replace', rows: 11, sha256: sha256Hex(withBom), fileName: 'demo-market.csv' });
  });

  it('is all-or-nothing: every bad row is reported with line, column and reason, and nothing is saved', async () => {
    const { counsel, caseId, marketId } = await marketCase();
    const bad = [
      HEADER,
      'xAI,Colossus,"Memphis, TN",NVIDIA H100 SXM,100000,100000,100000,operational,2024-09-30,ok',
      'xAI,Bad count,x,NVIDIA H100 SXM,-1,5,10,operational,2024-09-30,',
      'xAI,Words,x,NVIDIA H100 SXM,1,many,10,operational,2024-09-30,',
      'xAI,Huge,x,NVIDIA H100 SXM,1,5,2000000000,operational,2024-09-30,',
      'xAI,Order,x,NVIDIA H100 SXM,10,5,20,operational,2024-09-30,',
      'xAI,Chip,x,nvidia h100 sxm,1,5,10,operational,2024-09-30,',
      'xAI,Status,x,NVIDIA H100 SXM,1,5,10,running,2024-02-30,',
      'xAI,Colossus,x,NVIDIA H100 SXM,1,5,10,planned,2024-09-30,',
      'xAI,Short,x,NVIDIA H100 SXM,1,5,10,planned',
    ].join('\r\n');
    const res = await previewClusterImport({ actor: counsel, caseId, marketId, file: csvFile(bad), mode: 'replace' });
    expect(res.status).toBe('invalid');
    if (res.status !== 'invalid') return;
    const at = (line: number) => res.errors.filter((e) => e.line === line).map((e) => `${e.column}: ${e.reason}`);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual([expect.stringMatching(/^count_low: .*negative/)]);
    expect(at(4)).toEqual([expect.stringMatching(/^count_central: .*whole number/)]);
    expect(at(5)).toEqual([expect.stringMatching(/^count_high: .*1,000,000,000/)]);
    expect(at(6)).toEqual([expect.stringMatching(/^count_low: .*above count_central/)]);
    expect(at(7)).toEqual([expect.stringMatching(/^accelerator: .*Did you mean “NVIDIA H100 SXM”/)]);
    expect(at(8)).toEqual([expect.stringMatching(/^status: /), expect.stringMatching(/^as_of: .*does not exist/)]);
    expect(at(9)).toEqual([expect.stringMatching(/^cluster: .*line 2/)]);
    expect(at(10)).toEqual([expect.stringMatching(/8 fields but the header has 10/)]);
    expect(res.errorCount).toBe(9);
    // The commit re-checks and refuses the same file, whatever the client claims.
    const commit = await commitClusterImport({ actor: counsel, caseId, marketId, file: csvFile(bad), mode: 'replace', sha256: sha256Hex(bad), clustersStamp: '' });
    expect(commit.status).toBe('invalid');
    expect(await clusterCount(marketId)).toBe(0);
  });

  it('refuses a bad header, an oversized or non-UTF-8 file with a clear message', async () => {
    const { counsel, caseId, marketId } = await marketCase();
    const header = await previewClusterImport({ actor: counsel, caseId, marketId, file: csvFile('firm,cluster,site\nx,y,z\n'), mode: 'add' });
    expect(header.status === 'invalid' && header.errors.map((e) => e.column)).toEqual(['accelerator', 'count_low', 'count_central', 'count_high', 'status', 'as_of', 'source']);
    const big = await previewClusterImport({ actor: counsel, caseId, marketId, file: { name: 'big.csv', bytes: new Uint8Array(5 * 1024 * 1024 + 1) }, mode: 'add' });
    expect(big.status === 'invalid' && big.fileError).toMatch(/limit is 5 MB/);
    const latin1 = await previewClusterImport({ actor: counsel, caseId, marketId, file: { name: 'l.csv', bytes: new Uint8Array([0x66, 0xe9, 0xff, 0x0a]) }, mode: 'add' });
    expect(latin1.status === 'invalid' && latin1.fileError).toMatch(/not UTF-8/);
  });

  it('replaces the clusters or adds to them, refusing duplicates when adding', async () => {
    const { counsel, caseId, marketId } = await marketCase();
    await importCsv(counsel, caseId, marketId, csvFile(DEMO_CSV));
    const extra = `${HEADER}\nMistral,Paris cluster,"Paris, FR",NVIDIA H100 SXM,10000,18000,20000,operational,2025-06-30,estimate\n`;
    expect(await importCsv(counsel, caseId, marketId, csvFile(extra), 'add')).toMatchObject({ status: 'imported', rows: 1, replaced: 0, firmsCreated: 1 });
    expect(await clusterCount(marketId)).toBe(12);
    const again = await importCsv(counsel, caseId, marketId, csvFile(extra), 'add');
    expect(again.status === 'invalid' && again.errors[0].reason).toMatch(/already has a cluster .* in this market/);
    expect(await importCsv(counsel, caseId, marketId, csvFile(extra), 'replace')).toMatchObject({ status: 'imported', rows: 1, replaced: 12 });
    const m = await getMarket({ actor: counsel, caseId, marketId });
    expect(m.clusters.map((c) => c.name)).toEqual(['Paris cluster']);
    expect(m.firms.map((f) => f.name)).toContain('xAI'); // firms stay: scenarios may name them
  });

  it('refuses a commit of a different file or over clusters changed since the preview', async () => {
    const { counsel, caseId, marketId } = await marketCase();
    const file = csvFile(DEMO_CSV);
    const p = await previewClusterImport({ actor: counsel, caseId, marketId, file, mode: 'replace' });
    if (p.status !== 'ready') throw new Error('expected a preview');
    const other = csvFile(Buffer.concat([DEMO_CSV, Buffer.from('\n')]));
    await expect(commitClusterImport({ actor: counsel, caseId, marketId, file: other, mode: 'replace', sha256: p.sha256, clustersStamp: p.clustersStamp })).rejects.toBeInstanceOf(ValidationError);
    await importCsv(counsel, caseId, marketId, csvFile(`${HEADER}\nA,B,,NVIDIA H100 SXM,1,1,1,operational,2025-01-01,\n`));
    const stale = await commitClusterImport({ actor: counsel, caseId, marketId, file, mode: 'replace', sha256: p.sha256, clustersStamp: p.clustersStamp }).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.info.changedBy).toBe('Clara Test');
  });

  it('refuses the auditor and reviewer, and outsiders get not-found', async () => {
    const { reviewer, auditor, caseId, marketId } = await marketCase();
    for (const actor of [reviewer, auditor]) {
      await expect(previewClusterImport({ actor, caseId, marketId, file: csvFile(DEMO_CSV), mode: 'add' })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(commitClusterImport({ actor, caseId, marketId, file: csvFile(DEMO_CSV), mode: 'add', sha256: '', clustersStamp: '' })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const outsider = await createUser({ role: 'counsel' });
    await expect(previewClusterImport({ actor: outsider, caseId, marketId, file: csvFile(DEMO_CSV), mode: 'add' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('imports 10,000 rows in one transaction (timing printed, not asserted)', async () => {
    const { counsel, caseId, marketId } = await marketCase();
    const chips = ['NVIDIA H100 SXM', 'AMD Instinct MI300X', 'Google TPU v5p', 'AWS Trainium2'];
    const lines = [HEADER];
    for (let i = 0; i < 10_000; i++) {
      const c = 1000 + (i % 97) * 10;
      lines.push(`Firm ${i % 250},"Cluster ${i}, hall ${i % 7}",Site ${i % 13},${chips[i % 4]},${c - 500},${c},${c + 500},${i % 9 ? 'operational' : 'planned'},2025-0${1 + (i % 9)}-15,"estimate ""${i}"""`);
    }
    const file = csvFile(lines.join('\n'));
    const t0 = performance.now();
    const p = await previewClusterImport({ actor: counsel, caseId, marketId, file, mode: 'replace' });
    const t1 = performance.now();
    if (p.status !== 'ready') throw new Error(JSON.stringify(p.errors.slice(0, 3)));
    const done = await commitClusterImport({ actor: counsel, caseId, marketId, file, mode: 'replace', sha256: p.sha256, clustersStamp: p.clustersStamp });
    const t2 = performance.now();
    console.log(`10,000-row import (${(file.bytes.byteLength / 1024).toFixed(0)} KB): preview ${(t1 - t0).toFixed(0)} ms, commit ${(t2 - t1).toFixed(0)} ms`);
    expect(done).toMatchObject({ status: 'imported', rows: 10_000, firmsCreated: 250 });
    expect(await clusterCount(marketId)).toBe(10_000);
    const events = await (await getDb()).select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.caseId, caseId));
    expect(events.filter((e) => e.action.startsWith('cluster.') || e.action === 'market.clusters-import')).toHaveLength(1);
  });
});

describe('cluster CSV export', () => {
  it('round-trips: the export re-imports to the same clusters, and hostile cells are formula-guarded', async () => {
    const { counsel, auditor, caseId, marketId } = await marketCase();
    await importCsv(counsel, caseId, marketId, csvFile(DEMO_CSV));
    const h100 = await acceleratorId('NVIDIA H100 SXM');
    const firmId = (await getMarket({ actor: counsel, caseId, marketId })).firms.find((f) => f.name === 'Meta')!.id;
    await addCluster({ actor: counsel, caseId, marketId, input: { firmId, name: '=HYPERLINK("http://x")', site: '+1 site', acceleratorId: h100, countCentral: '5', status: 'planned', asOf: '2025-01-01', source: '@source, "quoted"' } });

    const out = await exportClustersCsv({ actor: auditor, caseId, marketId });
    expect(out.filename).toMatch(/^t[0-9a-f]+-ai-accelerator-capacity-clusters\.csv$/);
    // A byte-order mark first, so Excel reads the UTF-8 as UTF-8.
    expect(out.csv.split('\r\n')[0]).toBe(`\uFEFF${HEADER}`);
    expect(out.csv).toContain(`'=HYPERLINK(""http://x"")`);
    const lines = parseCsv(out.csv).records;
    expect(lines.every((r) => r.fields.every((f) => !/^[=+\-@]/.test(f)))).toBe(true);

    const before = (await getMarket({ actor: counsel, caseId, marketId })).clusters.map(({ id, version, firmId: f, acceleratorId: a, ...rest }) => (void [id, version, f, a], rest));
    expect(await importCsv(counsel, caseId, marketId, csvFile(out.csv), 'replace')).toMatchObject({ status: 'imported', rows: 12 });
    const after = (await getMarket({ actor: counsel, caseId, marketId })).clusters.map(({ id, version, firmId: f, acceleratorId: a, ...rest }) => (void [id, version, f, a], rest));
    expect(after).toEqual(before);
    expect(after[11]).toMatchObject({ name: '=HYPERLINK("http://x")', site: '+1 site', source: '@source, "quoted"' });
  });
});
