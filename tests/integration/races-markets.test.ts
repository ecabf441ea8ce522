import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditEvents, clusters, marketFirms } from '@/db/schema';
import { toResult } from '@/lib/core/action-result';
import { ConflictError } from '@/lib/core/errors';
import { commitClusterImport, previewClusterImport, type ImportPreview } from '@/lib/markets/import-clusters';
import { addFirm, updateFirm } from '@/lib/markets/save-firm';
import { addCluster, updateCluster } from '@/lib/markets/save-cluster';
import { oneWinner, RACE_ROUNDS, useRaceDatabase } from '../fixtures/race';
import { acceleratorId, csvFile, marketCase } from './markets-fixtures';
import { createUser } from '../fixtures/factories';
import { caseMembers } from '@/db/schema';

/*
 * Two people (two app instances on PostgreSQL) acting on one market in the same instant: exactly one
 * wins and the other gets a refusal they can act on; nothing of the loser is left in the database.
 */
const r = useRaceDatabase();

const HEADER = 'firm,cluster,site,accelerator,count_low,count_central,count_high,status,as_of,source';
const rowsCsv = (firm: string, prefix: string, n: number) =>
  [HEADER, ...Array.from({ length: n }, (_, i) => `${firm},${prefix} ${i},Site,NVIDIA H100 SXM,10,20,30,operational,2025-06-30,test`)].join('\n');

async function twoCounsel() {
  const m = await marketCase();
  const other = await createUser({ role: 'counsel', name: 'Olga Other' });
  await r.db.insert(caseMembers).values({ caseId: m.caseId, userId: other.id, addedBy: m.counsel.id });
  return { ...m, other };
}

async function ready(actor: Awaited<ReturnType<typeof twoCounsel>>['counsel'], caseId: string, marketId: string, text: string, mode: 'replace' | 'add') {
  const p = await previewClusterImport({ actor, caseId, marketId, file: csvFile(text), mode });
  expect(p.status).toBe('ready');
  return p as ImportPreview;
}

async function clusterCount(marketId: string) {
  const [{ n }] = await r.db.select({ n: count() }).from(clusters).where(eq(clusters.marketId, marketId));
  return n;
}

async function importEvents(marketId: string) {
  const [{ n }] = await r.db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.entityId, marketId), eq(auditEvents.action, 'market.clusters-import')));
  return n;
}

describe.each(['replace', 'add'] as const)('two %s imports committed together', (mode) => {
  it(`keeps exactly one file and refuses the other as stale (${RACE_ROUNDS} rounds)`, async () => {
    const { counsel, other, caseId, marketId } = await twoCounsel();
    for (let round = 0; round < RACE_ROUNDS; round++) {
      const before = await clusterCount(marketId);
      const events = await importEvents(marketId);
      // Both files create the same new firm: the loser must not die on the firm's unique index.
      const a = rowsCsv(`Firm ${round}`, `A${round}`, 20);
      const b = rowsCsv(`Firm ${round}`, `B${round}`, 25);
      const [pa, pb] = [await ready(counsel, caseId, marketId, a, mode), await ready(other, caseId, marketId, b, mode)];
      const outcomes = await r.race(
        () => commitClusterImport({ actor: counsel, caseId, marketId, file: csvFile(a), mode, sha256: pa.sha256, clustersStamp: pa.clustersStamp }),
        () => commitClusterImport({ actor: other, caseId, marketId, file: csvFile(b), mode, sha256: pb.sha256, clustersStamp: pb.clustersStamp }),
      );
      const { index, value, error } = oneWinner(outcomes);
      expect(value).toMatchObject({ status: 'imported', rows: index === 0 ? 20 : 25, replaced: mode === 'replace' ? before : 0 });
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).info.changedBy).toBe(index === 0 ? 'Clara Test' : 'Olga Other');
      expect(await clusterCount(marketId)).toBe((mode === 'add' ? before : 0) + (index === 0 ? 20 : 25));
      expect(await importEvents(marketId)).toBe(events + 1);
    }
  });
});

describe('same-record edits and duplicate names', () => {
  it(`two saves of one cluster over the same version: one saved, the other told who changed it (${RACE_ROUNDS} rounds)`, async () => {
    const { counsel, other, caseId, marketId } = await twoCounsel();
    const acc = await acceleratorId('NVIDIA H100 SXM');
    const { id: firmId } = await addFirm({ actor: counsel, caseId, marketId, input: { name: 'xAI' } });
    const base = { firmId, name: 'Colossus', site: 'Memphis', acceleratorId: acc, countLow: '', countHigh: '', status: 'operational', asOf: '2025-06-30', source: '' } as const;
    const { id: clusterId } = await addCluster({ actor: counsel, caseId, marketId, input: { ...base, countCentral: 1 } });
    let version = 0;
    for (let round = 0; round < RACE_ROUNDS; round++) {
      const outcomes = await r.race(
        () => updateCluster({ actor: counsel, caseId, marketId, input: { ...base, countCentral: 1000 + round, clusterId, version } }),
        () => updateCluster({ actor: other, caseId, marketId, input: { ...base, countCentral: 2000 + round, clusterId, version } }),
      );
      const { index, error } = oneWinner(outcomes);
      expect(error).toBeInstanceOf(ConflictError);
      const [row] = await r.db.select().from(clusters).where(eq(clusters.id, clusterId));
      expect(row).toMatchObject({ version: version + 1, countCentral: (index === 0 ? 1000 : 2000) + round });
      version = row.version;
    }
  });

  it(`two firms or clusters of one name added together: one saved, the other refused at the name field (${RACE_ROUNDS} rounds)`, async () => {
    const { counsel, other, caseId, marketId } = await twoCounsel();
    const acc = await acceleratorId('NVIDIA H100 SXM');
    const { id: firmId } = await addFirm({ actor: counsel, caseId, marketId, input: { name: 'Base firm' } });
    for (let round = 0; round < RACE_ROUNDS; round++) {
      const firm = await r.race(
        () => toResult(() => addFirm({ actor: counsel, caseId, marketId, input: { name: `Same ${round}` } })),
        () => toResult(() => addFirm({ actor: other, caseId, marketId, input: { name: `Same ${round}` } })),
      );
      const results = firm.map((o) => (o.ok ? o.value : { ok: false, message: String(o.error) }));
      expect(results.filter((x) => x.ok)).toHaveLength(1);
      expect(results.find((x) => !x.ok)).toMatchObject({ ok: false, fieldErrors: { name: expect.stringMatching(/already/i) } });
      const input = { firmId, name: `Rack ${round}`, site: '', acceleratorId: acc, countLow: '', countCentral: 5, countHigh: '', status: 'operational', asOf: '2025-06-30', source: '' } as const;
      const cl = await r.race(
        () => toResult(() => addCluster({ actor: counsel, caseId, marketId, input })),
        () => toResult(() => addCluster({ actor: other, caseId, marketId, input })),
      );
      const clResults = cl.map((o) => (o.ok ? o.value : { ok: false, message: String(o.error) }));
      expect(clResults.filter((x) => x.ok)).toHaveLength(1);
      expect(clResults.find((x) => !x.ok)).toMatchObject({ ok: false, fieldErrors: { name: expect.stringMatching(/already/i) } });
    }
    const [{ n }] = await r.db.select({ n: count() }).from(marketFirms).where(eq(marketFirms.marketId, marketId));
    expect(n).toBe(1 + RACE_ROUNDS);
    expect(await clusterCount(marketId)).toBe(RACE_ROUNDS);
  });

  it('renaming two firms to one name at once: one renamed, the other refused at the name field', async () => {
    const { counsel, other, caseId, marketId } = await twoCounsel();
    for (let round = 0; round < RACE_ROUNDS; round++) {
      const { id: f1 } = await addFirm({ actor: counsel, caseId, marketId, input: { name: `One ${round}` } });
      const { id: f2 } = await addFirm({ actor: counsel, caseId, marketId, input: { name: `Two ${round}` } });
      const out = await r.race(
        () => toResult(() => updateFirm({ actor: counsel, caseId, marketId, input: { firmId: f1, version: 0, name: `Merged ${round}` } })),
        () => toResult(() => updateFirm({ actor: other, caseId, marketId, input: { firmId: f2, version: 0, name: `Merged ${round}` } })),
      );
      const results = out.map((o) => (o.ok ? o.value : { ok: false }));
      expect(results.filter((x) => x.ok)).toHaveLength(1);
      expect(results.find((x) => !x.ok)).toMatchObject({ fieldErrors: { name: expect.stringMatching(/already/i) } });
    }
  });
});
