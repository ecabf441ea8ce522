import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../fixtures/db';
import { acceleratorId, marketCase } from './markets-fixtures';
import { listAuditEvents } from '@/lib/audit/list-events';
import { ValidationError } from '@/lib/core/errors';
import { getMarket } from '@/lib/markets/get-market';
import { addFirm } from '@/lib/markets/save-firm';
import { addCluster, updateCluster } from '@/lib/markets/save-cluster';
import { addScenario, updateScenario } from '@/lib/markets/save-scenario';
import { clusterSchema, scenarioSchema } from '@/lib/markets/schemas';

/*
 * The market forms parse on the client and hand the PARSED values to the action, which parses
 * them again: a blank count is '' in the field and null by the time the server sees it. These
 * tests send exactly that, through the verbs, on both databases.
 */

useTestDatabase();

async function market() {
  const ctx = await marketCase();
  const h100 = await acceleratorId('NVIDIA H100 SXM');
  const { actor, caseId, marketId } = { actor: ctx.counsel, caseId: ctx.caseId, marketId: ctx.marketId };
  const { id: meta } = await addFirm({ actor, caseId, marketId, input: { name: 'Meta', ultimateParent: '' } });
  const { id: xai } = await addFirm({ actor, caseId, marketId, input: { name: 'xAI', ultimateParent: '' } });
  const base = { site: '', acceleratorId: h100, status: 'operational' as const, asOf: '2025-06-30', source: '' };
  // What the cluster form sends for "6,000, blank if known exactly": the parsed values, nulls included.
  await addCluster({ actor, caseId, marketId, input: clusterSchema.parse({ ...base, firmId: meta, name: 'Prineville', countLow: '', countCentral: '6,000', countHigh: '' }) });
  await addCluster({ actor, caseId, marketId, input: clusterSchema.parse({ ...base, firmId: xai, name: 'Colossus', countLow: '', countCentral: '100000', countHigh: '' }) });
  // Not operational: not counted in a market that leaves such clusters out, so not the seller's to give.
  await addCluster({ actor, caseId, marketId, input: { ...base, firmId: meta, name: 'Hyperion', countLow: null, countCentral: 50_000, countHigh: null, status: 'planned' } });
  return { ...ctx, actor, h100, meta, xai };
}

describe('market forms hold on what the browser sends', () => {
  it('saves a full merger from the form (counts null) and re-saves it unchanged', async () => {
    const { actor, caseId, marketId, meta, xai } = await market();
    const sent = scenarioSchema.parse({ name: 'Full merger', kind: 'merger', buyerFirmId: meta, sellerFirmId: xai, acceleratorId: '', countLow: '', countCentral: '', countHigh: '' });
    expect(sent).toMatchObject({ countLow: null, countCentral: null, countHigh: null });
    const { id } = await addScenario({ actor, caseId, marketId, input: sent });
    await updateScenario({ actor, caseId, marketId, input: { ...sent, scenarioId: id, version: 0 } });
    const m = await getMarket({ actor, caseId, marketId });
    expect(m.scenarios).toEqual([expect.objectContaining({ name: 'Full merger', kind: 'merger', countCentral: null, version: 1 })]);
  });

  it('keeps blank bounds of a cluster exact when the form sends null', async () => {
    const { actor, caseId, marketId } = await market();
    const m = await getMarket({ actor, caseId, marketId });
    const c = m.clusters.find((x) => x.name === 'Prineville')!;
    expect([c.countLow, c.countCentral, c.countHigh]).toEqual([6_000, 6_000, 6_000]);
    await updateCluster({
      actor,
      caseId,
      marketId,
      input: { firmId: c.firmId, name: c.name, site: '', acceleratorId: c.acceleratorId, countLow: null, countCentral: 7000, countHigh: null, status: 'operational', asOf: '2025-06-30', source: '', clusterId: c.id, version: c.version },
    });
    const after = (await getMarket({ actor, caseId, marketId })).clusters.find((x) => x.id === c.id)!;
    expect([after.countLow, after.countCentral, after.countHigh]).toEqual([7_000, 7_000, 7_000]);
  });

  it('refuses a transfer larger than the seller holds, at the field that exceeds, and saves nothing', async () => {
    const { actor, caseId, marketId, meta, xai, h100 } = await market();
    const input = { name: 'Sale', kind: 'transfer' as const, buyerFirmId: xai, sellerFirmId: meta, acceleratorId: h100, countLow: '2,000', countCentral: '5,000', countHigh: '9,000' };
    const err = await addScenario({ actor, caseId, marketId, input }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(Object.keys(err.fieldErrors)).toEqual(['countHigh']);
    expect(err.fieldErrors.countHigh).toBe('More than the seller has: Meta holds 6,000 NVIDIA H100 SXM in operational clusters, and the high figure moves 9,000.');
    const exact = await addScenario({ actor, caseId, marketId, input: { ...input, countLow: null, countCentral: '6,001', countHigh: null } }).catch((e) => e);
    expect(exact.fieldErrors).toEqual({ countCentral: expect.stringContaining('the central figure moves 6,001') });
    expect((await getMarket({ actor, caseId, marketId })).scenarios).toEqual([]);
    expect((await listAuditEvents({ actor, caseId, filter: { action: 'scenario.' } })).length).toBe(0);
    // Exactly what the seller holds is possible.
    await addScenario({ actor, caseId, marketId, input: { ...input, countLow: '', countCentral: '6,000', countHigh: '' } });
    expect((await getMarket({ actor, caseId, marketId })).scenarios).toHaveLength(1);
  });

  it('names the holding at each estimate when the seller’s figures are ranged', async () => {
    const { actor, caseId, marketId, meta, xai, h100 } = await market();
    await addCluster({ actor, caseId, marketId, input: { firmId: meta, name: 'Altoona', site: '', acceleratorId: h100, countLow: '1000', countCentral: '2000', countHigh: '3000', status: 'operational', asOf: '2025-06-30', source: '' } });
    const err = await addScenario({ actor, caseId, marketId, input: { name: 'Sale', kind: 'transfer', buyerFirmId: xai, sellerFirmId: meta, acceleratorId: h100, countLow: '7,500', countCentral: '7,900', countHigh: '8,500' } }).catch((e) => e);
    expect(err.fieldErrors).toEqual({
      countLow: 'More than the seller has: Meta holds 7,000 (low), 8,000 (central) and 9,000 (high) NVIDIA H100 SXM in operational clusters, and the low figure moves 7,500.',
    });
  });
});
