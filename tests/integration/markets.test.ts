import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../fixtures/db';
import { createCaseWith, createUser } from '../fixtures/factories';
import { acceleratorId, catalogue, marketCase, marketInput } from './markets-fixtures';
import { listAuditEvents } from '@/lib/audit/list-events';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';
import { createAccelerator, updateAccelerator } from '@/lib/markets/save-accelerator';
import { listAccelerators } from '@/lib/markets/list-accelerators';
import { createMarket } from '@/lib/markets/create-market';
import { updateMarket } from '@/lib/markets/update-market';
import { deleteMarket } from '@/lib/markets/delete-market';
import { listMarkets } from '@/lib/markets/list-markets';
import { getMarket } from '@/lib/markets/get-market';
import { addFirm, removeFirm, updateFirm } from '@/lib/markets/save-firm';
import { addCluster, removeCluster, updateCluster } from '@/lib/markets/save-cluster';
import { addScenario, removeScenario, updateScenario } from '@/lib/markets/save-scenario';
import { exportClustersCsv } from '@/lib/markets/export-clusters';
import { seedAccelerators } from '@/lib/seed/accelerators';
import { getDb } from '@/db/client';

useTestDatabase();

const cluster = (firmId: string, accId: string, over: Record<string, unknown> = {}) => ({
  firmId,
  name: 'Colossus',
  site: 'Memphis, Tennessee, US',
  acceleratorId: accId,
  countLow: '90,000',
  countCentral: '100000',
  countHigh: '',
  status: 'operational' as const,
  asOf: '2024-09-30',
  source: 'press reports',
  ...over,
});

describe('accelerator catalogue', () => {
  it('seeds 14 sourced rows once, and only an admin edits them (versioned, audited)', async () => {
    const db = await getDb();
    await seedAccelerators(db);
    expect((await seedAccelerators(db)).seeded).toBe(0);
    const admin = await createUser({ role: 'admin' });
    const counsel = await createUser({ role: 'counsel' });
    const rows = await listAccelerators({ actor: counsel });
    expect(rows).toHaveLength(14);
    expect(rows.every((r) => r.sourceNote.length > 0)).toBe(true);
    const h100 = rows.find((r) => r.name === 'NVIDIA H100 SXM')!;
    expect(h100).toMatchObject({ vendor: 'NVIDIA', tflops: 989.4, watts: 700 });

    await expect(createAccelerator({ actor: counsel, input: { name: 'X', vendor: 'Y', tflops: '1', watts: '', sourceNote: 's' } })).rejects.toBeInstanceOf(ForbiddenError);
    const { id } = await createAccelerator({ actor: admin, input: { name: 'Test NPU 1', vendor: 'Acme', tflops: '1,234.5', watts: '', sourceNote: 'Acme datasheet' } });
    await expect(createAccelerator({ actor: admin, input: { name: 'Test NPU 1', vendor: 'Acme', tflops: '1', watts: '', sourceNote: 's' } })).rejects.toMatchObject({ fieldErrors: { name: expect.any(String) } });
    await updateAccelerator({ actor: admin, input: { acceleratorId: id, version: 0, name: 'Test NPU 1', vendor: 'Acme', tflops: '1300', watts: '900', sourceNote: 'Acme datasheet v2' } });
    const stale = await updateAccelerator({ actor: admin, input: { acceleratorId: id, version: 0, name: 'Test NPU 1', vendor: 'Acme', tflops: '1', watts: '', sourceNote: 'x' } }).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.info.current.tflops).toBe(1300);
    const events = await listAuditEvents({ actor: admin, filter: { action: 'accelerator.' } });
    expect(events.filter((e) => e.entityId === id).map((e) => e.action).sort()).toEqual(['accelerator.create', 'accelerator.update']);
  });

  it('refuses impossible figures at the field', async () => {
    const admin = await createUser({ role: 'admin' });
    for (const [tflops, watts, field] of [
      ['-1', '', 'tflops'],
      ['abc', '', 'tflops'],
      ['100', '-5', 'watts'],
      ['100', '12.5', 'watts'],
    ]) {
      const err = await createAccelerator({ actor: admin, input: { name: `Bad ${tflops}${watts}`, vendor: 'V', tflops, watts, sourceNote: 's' } }).catch((e) => e);
      expect(err.issues?.[0]?.path).toEqual([field]);
    }
  });
});

describe('markets, firms, clusters and scenarios', () => {
  it('supports the full cycle for counsel, with every change audited', async () => {
    const { counsel, caseId, marketId } = await marketCase();
    const h100 = await acceleratorId('NVIDIA H100 SXM');
    const { id: xai } = await addFirm({ actor: counsel, caseId, marketId, input: { name: 'xAI', ultimateParent: 'X.AI Holdings Corp.' } });
    const { id: anth } = await addFirm({ actor: counsel, caseId, marketId, input: { name: 'Anthropic', ultimateParent: '' } });
    const { id: c1 } = await addCluster({ actor: counsel, caseId, marketId, input: cluster(xai, h100) });
    await addCluster({ actor: counsel, caseId, marketId, input: cluster(anth, h100, { name: 'Rainier', countLow: '', countHigh: '' }) });
    const { id: sc } = await addScenario({
      actor: counsel,
      caseId,
      marketId,
      input: { name: 'Transfer', kind: 'transfer', buyerFirmId: anth, sellerFirmId: xai, acceleratorId: h100, countLow: '30000', countCentral: '40000', countHigh: '50000' },
    });
    let m = await getMarket({ actor: counsel, caseId, marketId });
    expect(m.permissions.edit).toBe(true);
    expect(m.clusters.map((c) => [c.firm, c.countLow, c.countCentral, c.countHigh])).toEqual([
      ['xAI', 90_000, 100_000, 100_000],
      ['Anthropic', 100_000, 100_000, 100_000],
    ]);
    expect(m.scenarios[0]).toMatchObject({ buyer: 'Anthropic', seller: 'xAI', accelerator: 'NVIDIA H100 SXM', countLow: 30_000, countHigh: 50_000 });

    await updateCluster({ actor: counsel, caseId, marketId, input: { ...cluster(xai, h100, { countCentral: '95000' }), clusterId: c1, version: 0 } });
    await updateScenario({ actor: counsel, caseId, marketId, input: { name: 'Merger', kind: 'merger', buyerFirmId: anth, sellerFirmId: xai, scenarioId: sc, version: 0 } });
    await updateMarket({ actor: counsel, caseId, marketId, input: { ...marketInput({ metric: 'count' }), version: 0 } });
    m = await getMarket({ actor: counsel, caseId, marketId });
    expect(m.market.metric).toBe('count');
    expect(m.scenarios[0]).toMatchObject({ kind: 'merger', acceleratorId: null, countCentral: null });
    await expect(removeFirm({ actor: counsel, caseId, marketId, firmId: xai, version: 0 })).rejects.toThrow(/still holds clusters/);
    await removeScenario({ actor: counsel, caseId, marketId, scenarioId: sc, version: 1 });
    await removeCluster({ actor: counsel, caseId, marketId, clusterId: c1, version: 1 });
    // A removal asked for on an older version of the firm is a conflict, and a forged version is refused as input.
    await expect(removeFirm({ actor: counsel, caseId, marketId, firmId: xai, version: 7 })).rejects.toThrow(/changed this/);
    await expect(removeFirm({ actor: counsel, caseId, marketId, firmId: xai, version: '0; drop' as never })).rejects.toThrow(/Reload the page/);
    await removeFirm({ actor: counsel, caseId, marketId, firmId: xai, version: 0 });
    expect((await listMarkets({ actor: counsel, caseId }))[0]).toMatchObject({ clusters: 1, scenarios: 0 });
    await deleteMarket({ actor: counsel, caseId, marketId, version: 1 });
    expect(await listMarkets({ actor: counsel, caseId })).toEqual([]);

    const actions = (await listAuditEvents({ actor: counsel, caseId })).map((e) => e.action);
    for (const a of ['market.create', 'firm.create', 'cluster.create', 'scenario.create', 'cluster.update', 'scenario.update', 'market.update', 'scenario.delete', 'cluster.delete', 'firm.delete', 'market.delete']) {
      expect(actions).toContain(a);
    }
  });

  it('answers not-found outside the wall, for every verb', async () => {
    const { caseId, marketId } = await marketCase();
    const outsider = await createUser({ role: 'counsel' });
    const stranger = await createUser({ role: 'auditor' });
    for (const actor of [outsider, stranger]) {
      await expect(getMarket({ actor, caseId, marketId })).rejects.toBeInstanceOf(NotFoundError);
      await expect(listMarkets({ actor, caseId })).rejects.toBeInstanceOf(NotFoundError);
      await expect(exportClustersCsv({ actor, caseId, marketId })).rejects.toBeInstanceOf(NotFoundError);
      await expect(addFirm({ actor, caseId, marketId, input: { name: 'X', ultimateParent: '' } })).rejects.toBeInstanceOf(NotFoundError);
      await expect(createMarket({ actor, caseId, input: marketInput() })).rejects.toBeInstanceOf(NotFoundError);
    }
    // A market id from another case is as unknown as a case outside the wall.
    const counsel2 = await createUser({ role: 'counsel' });
    const otherCase = await createCaseWith({ counsel: counsel2 });
    await expect(getMarket({ actor: counsel2, caseId: otherCase, marketId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMarket({ actor: counsel2, caseId: otherCase, marketId: 'not-a-uuid' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lets auditors and reviewers read everything and change nothing', async () => {
    const { counsel, reviewer, auditor, caseId, marketId } = await marketCase();
    const { id: firmId } = await addFirm({ actor: counsel, caseId, marketId, input: { name: 'Meta', ultimateParent: '' } });
    const h100 = await acceleratorId('NVIDIA H100 SXM');
    const { id: clusterId } = await addCluster({ actor: counsel, caseId, marketId, input: cluster(firmId, h100) });
    for (const actor of [auditor, reviewer]) {
      const m = await getMarket({ actor, caseId, marketId });
      expect(m.permissions.edit).toBe(false);
      expect(m.permissions.download).toBe(true);
      expect(m.clusters).toHaveLength(1);
      const refused = [
        () => createMarket({ actor, caseId, input: marketInput() }),
        () => updateMarket({ actor, caseId, marketId, input: { ...marketInput(), version: 0 } }),
        () => deleteMarket({ actor, caseId, marketId, version: 0 }),
        () => addFirm({ actor, caseId, marketId, input: { name: 'X', ultimateParent: '' } }),
        () => updateFirm({ actor, caseId, marketId, input: { firmId, version: 0, name: 'X', ultimateParent: '' } }),
        () => addCluster({ actor, caseId, marketId, input: cluster(firmId, h100, { name: 'Other' }) }),
        () => updateCluster({ actor, caseId, marketId, input: { ...cluster(firmId, h100), clusterId, version: 0 } }),
        () => removeCluster({ actor, caseId, marketId, clusterId, version: 0 }),
      ];
      // Thunks, run one at a time: each must be refused on its own.
      for (const run of refused) await expect(run()).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it('refuses a stale save, naming who changed it and when, and keeps their data', async () => {
    const { counsel, caseId, marketId } = await marketCase();
    const other = await createUser({ role: 'counsel', name: 'Second Counsel' });
    const { getDb } = await import('@/db/client');
    const { caseMembers } = await import('@/db/schema');
    await (await getDb()).insert(caseMembers).values({ caseId, userId: other.id, addedBy: counsel.id });
    const h100 = await acceleratorId('NVIDIA H100 SXM');
    const { id: firmId } = await addFirm({ actor: counsel, caseId, marketId, input: { name: 'OpenAI', ultimateParent: '' } });
    const { id: clusterId } = await addCluster({ actor: counsel, caseId, marketId, input: cluster(firmId, h100) });
    await updateCluster({ actor: other, caseId, marketId, input: { ...cluster(firmId, h100, { countCentral: '120000', countHigh: '130000' }), clusterId, version: 0 } });
    const err = await updateCluster({ actor: counsel, caseId, marketId, input: { ...cluster(firmId, h100, { countCentral: '1' , countLow: '0'}), clusterId, version: 0 } }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.info.changedBy).toBe('Second Counsel');
    expect(err.info.current.countCentral).toBe(120_000);
    await expect(removeCluster({ actor: counsel, caseId, marketId, clusterId, version: 0 })).rejects.toBeInstanceOf(ConflictError);
    await updateMarket({ actor: other, caseId, marketId, input: { ...marketInput({ name: 'Theirs' }), version: 0 } });
    await expect(updateMarket({ actor: counsel, caseId, marketId, input: { ...marketInput({ name: 'Mine' }), version: 0 } })).rejects.toBeInstanceOf(ConflictError);
    await updateFirm({ actor: other, caseId, marketId, input: { firmId, version: 0, name: 'OpenAI', ultimateParent: 'OpenAI Group' } });
    await expect(updateFirm({ actor: counsel, caseId, marketId, input: { firmId, version: 0, name: 'OpenAI', ultimateParent: 'x' } })).rejects.toBeInstanceOf(ConflictError);
    expect((await getMarket({ actor: counsel, caseId, marketId })).market.name).toBe('Theirs');
  });

  it('refuses bad counts, unknown accelerators and firms at the field', async () => {
    const { counsel, caseId, marketId } = await marketCase();
    const h100 = await acceleratorId('NVIDIA H100 SXM');
    const { id: firmId } = await addFirm({ actor: counsel, caseId, marketId, input: { name: 'Meta', ultimateParent: '' } });
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ countCentral: '-5' }, 'countCentral', /negative/],
      [{ countCentral: 'lots' }, 'countCentral', /whole number/],
      [{ countCentral: '1000000001', countLow: '', countHigh: '' }, 'countCentral', /1,000,000,000/],
      [{ countCentral: '2.5', countLow: '', countHigh: '' }, 'countCentral', /whole number/],
      [{ countCentral: '', countLow: '', countHigh: '' }, 'countCentral', /Enter a count/],
      [{ countLow: '200000' }, 'countLow', /low estimate/],
      [{ countHigh: '10' }, 'countHigh', /high estimate/],
      [{ asOf: '2025-02-30' }, 'asOf', /does not exist/],
      [{ name: 'Colossus\u202e' }, 'name', /invisible|direction/],
    ];
    for (const [over, field, message] of cases) {
      const err = await addCluster({ actor: counsel, caseId, marketId, input: cluster(firmId, h100, over) }).catch((e) => e);
      const issue = err.issues?.find((i: { path: string[] }) => i.path[0] === field);
      expect(issue?.message, `${field} ${JSON.stringify(over)}`).toMatch(message);
    }
    const unknownAcc = await addCluster({ actor: counsel, caseId, marketId, input: cluster(firmId, '00000000-0000-4000-8000-000000000000') }).catch((e) => e);
    expect(unknownAcc).toBeInstanceOf(ValidationError);
    expect(unknownAcc.fieldErrors.acceleratorId).toMatch(/not in the catalogue/);
    await addCluster({ actor: counsel, caseId, marketId, input: cluster(firmId, h100) });
    const dup = await addCluster({ actor: counsel, caseId, marketId, input: cluster(firmId, h100) }).catch((e) => e);
    expect(dup.fieldErrors.name).toMatch(/already has a cluster/);
    const sameFirm = await addScenario({ actor: counsel, caseId, marketId, input: { name: 'x', kind: 'merger', buyerFirmId: firmId, sellerFirmId: firmId } }).catch((e) => e);
    expect(sameFirm.issues[0].path).toEqual(['sellerFirmId']);
    await catalogue();
  });
});
