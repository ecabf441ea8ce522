import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { savedAnalyses, users } from '@/db/schema';
import { seedDemo } from '@/lib/seed/demo';
import { seedReferenceData } from '@/lib/seed/reference';
import type { SessionUser } from '@/lib/access';
import { analyzeMarket } from '@/lib/concentration';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';
import { analyzeSnapshot } from '@/lib/markets/analyze-snapshot';
import { toEngineInput } from '@/lib/markets/build-inputs';
import { getMarket } from '@/lib/markets/get-market';
import { getSavedAnalysis } from '@/lib/markets/get-saved-analysis';
import { listMarkets } from '@/lib/markets/list-markets';
import { listSavedAnalyses } from '@/lib/markets/list-saved-analyses';
import { saveAnalysis } from '@/lib/markets/save-analysis';
import { updateCluster } from '@/lib/markets/save-cluster';
import { addScenario, removeScenario } from '@/lib/markets/save-scenario';
import { updateMarket } from '@/lib/markets/update-market';
import { createUser } from '../fixtures/factories';
import { useTestDatabase } from '../fixtures/db';
import { DEMO_ACCELERATORS, DEMO_HOLDINGS, DEMO_TRANSFER } from '../unit/concentration/demo-market.fixture';

useTestDatabase();

async function demoUser(email: string): Promise<SessionUser> {
  const [u] = await (await getDb()).select({ id: users.id, email: users.email, name: users.name, role: users.role }).from(users).where(eq(users.email, email));
  return { ...u, ip: '127.0.0.1', userAgent: 'vitest' };
}

async function demo() {
  const counsel = await demoUser('counsel@demo.example');
  const [c] = await (await getDb()).execute<{ id: string }>(sql`select id from cases where codename = 'COLOSSUS'`).then((r) => (r as unknown as { rows: { id: string }[] }).rows);
  const [market] = await listMarkets({ actor: counsel, caseId: c.id });
  return { counsel, caseId: c.id, marketId: market.id, auditor: await demoUser('auditor@demo.example'), outsider: await demoUser('counsel2@demo.example') };
}

describe('the demo market and its analyses', () => {
  it('is seeded from demo-market.csv with the deal as a scenario', async () => {
    const db = await getDb();
    await seedReferenceData(db);
    expect((await seedDemo(db)).seeded).toBe(true);
    const { counsel, caseId, marketId } = await demo();
    const m = await getMarket({ actor: counsel, caseId, marketId });
    expect(m.market).toMatchObject({ metric: 'compute', includeNonOperational: false });
    expect(m.clusters).toHaveLength(11);
    expect(m.firms.find((f) => f.name === 'Google DeepMind')?.ultimateParent).toBe('Alphabet Inc.');
    expect(m.scenarios[0]).toMatchObject({ kind: 'transfer', seller: 'xAI', buyer: 'Anthropic', accelerator: 'NVIDIA H100 SXM', countLow: 30_000, countCentral: 40_000, countHigh: 50_000 });
  });

  it('computes what the engine computes on the same figures, leaving out capacity under construction', async () => {
    const { counsel, caseId, marketId } = await demo();
    const m = await getMarket({ actor: counsel, caseId, marketId });
    const { baseline, scenarios } = analyzeSnapshot(m);
    const transfer = scenarios[0];
    expect(baseline.outcome.ok && transfer.outcome.ok).toBe(true);
    if (!transfer.outcome.ok) return;
    expect(transfer.inputs.clusters.filter((c) => !c.counted).map((c) => c.cluster)).toEqual(['Azure allocation (Blackwell)']);
    const operational = DEMO_HOLDINGS.filter((h) => h.accelerator !== 'NVIDIA GB200 (per GPU)');
    const direct = analyzeMarket({ metric: 'compute', accelerators: DEMO_ACCELERATORS, holdings: operational, scenario: DEMO_TRANSFER });
    expect(transfer.outcome.result.delta).toEqual(direct.delta);
    expect(transfer.outcome.result.post!.hhi).toBeCloseTo(direct.post!.hhi, 9);
    expect(transfer.outcome.result.screens!.map((s) => s.concern)).toEqual(direct.screens!.map((s) => s.concern));
    const h = transfer.outcome.result.monteCarlo!.deltaHistogram!;
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(10_000);

    // The market's switch brings the Blackwell cluster back in.
    await updateMarket({ actor: counsel, caseId, marketId, input: { ...m.market, includeNonOperational: true, version: m.market.version } });
    const withAll = analyzeSnapshot(await getMarket({ actor: counsel, caseId, marketId })).scenarios[0];
    expect(withAll.inputs.clusters.every((c) => c.counted)).toBe(true);
    expect(withAll.inputsSha256).not.toBe(transfer.inputsSha256);
    await updateMarket({ actor: counsel, caseId, marketId, input: { ...m.market, includeNonOperational: false, version: m.market.version + 1 } });
  });

  it('shows an impossible scenario as a message, and will not save it', async () => {
    const { counsel, caseId, marketId } = await demo();
    const m = await getMarket({ actor: counsel, caseId, marketId });
    const xai = m.firms.find((f) => f.name === 'xAI')!.id;
    const meta = m.firms.find((f) => f.name === 'Meta')!.id;
    const h100 = m.catalogue.find((a) => a.name === 'NVIDIA H100 SXM')!.id;
    // More than the seller holds is refused at save, at the field.
    await expect(addScenario({ actor: counsel, caseId, marketId, input: { name: 'Too many', kind: 'transfer', buyerFirmId: meta, sellerFirmId: xai, acceleratorId: h100, countCentral: '500000' } })).rejects.toBeInstanceOf(ValidationError);
    // A scenario that became impossible later (the seller's holdings were corrected downwards) is
    // shown as a message and cannot be saved as an analysis.
    const { id } = await addScenario({ actor: counsel, caseId, marketId, input: { name: 'Most of it', kind: 'transfer', buyerFirmId: meta, sellerFirmId: xai, acceleratorId: h100, countCentral: '90000' } });
    for (const c of m.clusters.filter((c) => c.firmId === xai && c.acceleratorId === h100)) {
      await updateCluster({ actor: counsel, caseId, marketId, input: { firmId: c.firmId, name: c.name, site: c.site, acceleratorId: c.acceleratorId, countLow: null, countCentral: '1000', countHigh: null, status: c.status, asOf: c.asOf, source: c.source, clusterId: c.id, version: c.version } });
    }
    const outcome = analyzeSnapshot(await getMarket({ actor: counsel, caseId, marketId })).scenarios.find((s) => s.scenarioId === id)!.outcome;
    expect(outcome).toEqual({ ok: false, error: expect.stringContaining('xAI holds only') });
    await expect(saveAnalysis({ actor: counsel, caseId, marketId, input: { scenarioId: id, title: 'x' } })).rejects.toBeInstanceOf(ValidationError);
    // Put the demo's holdings back for the tests that follow.
    const now = await getMarket({ actor: counsel, caseId, marketId });
    for (const c of m.clusters.filter((c) => c.firmId === xai && c.acceleratorId === h100)) {
      const v = now.clusters.find((x) => x.id === c.id)!.version;
      await updateCluster({ actor: counsel, caseId, marketId, input: { firmId: c.firmId, name: c.name, site: c.site, acceleratorId: c.acceleratorId, countLow: c.countLow == null ? null : String(c.countLow), countCentral: String(c.countCentral), countHigh: c.countHigh == null ? null : String(c.countHigh), status: c.status, asOf: c.asOf, source: c.source, clusterId: c.id, version: v } });
    }
    await removeScenario({ actor: counsel, caseId, marketId, scenarioId: id, version: now.scenarios.find((x) => x.id === id)!.version });
  });

  it('saves an immutable analysis whose hash is stable and whose results recompute from its own inputs', async () => {
    const { counsel, auditor, outsider, caseId, marketId } = await demo();
    const m = await getMarket({ actor: counsel, caseId, marketId });
    const scenarioId = m.scenarios[0].id;
    const live = analyzeSnapshot(m).scenarios[0];

    await expect(saveAnalysis({ actor: auditor, caseId, marketId, input: { scenarioId, title: 'Auditor try' } })).rejects.toBeInstanceOf(ForbiddenError);
    const first = await saveAnalysis({ actor: counsel, caseId, marketId, input: { scenarioId, title: 'Form CO section 7 figures' } });
    const second = await saveAnalysis({ actor: counsel, caseId, marketId, input: { scenarioId, title: 'Same inputs again' } });
    expect(first.inputsSha256).toBe(live.inputsSha256);
    expect(second.inputsSha256).toBe(first.inputsSha256);

    const saved = await getSavedAnalysis({ actor: auditor, analysisId: first.id, caseId });
    expect(saved.hashVerified).toBe(true);
    expect(saved.createdByName).toBe('Clara Counsel');
    expect(saved.inputs.catalogue.map((a) => a.name)).toContain('NVIDIA H100 SXM');
    expect(saved.inputs.scenario).toMatchObject({ kind: 'transfer', from: 'xAI', to: 'Anthropic', count: { low: 30_000, central: 40_000, high: 50_000 } });
    expect(saved.inputs.monteCarlo).toMatchObject({ draws: 10_000, seed: 2024 });
    expect(JSON.parse(JSON.stringify(analyzeMarket(toEngineInput(saved.inputs))))).toEqual(saved.results);

    // Later edits change live figures but not the saved record.
    const c = m.clusters[0];
    await updateCluster({ actor: counsel, caseId, marketId, input: { firmId: c.firmId, name: c.name, site: c.site, acceleratorId: c.acceleratorId, countLow: '100000', countCentral: '120000', countHigh: '120000', status: c.status, asOf: c.asOf, source: c.source, clusterId: c.id, version: c.version } });
    const changed = analyzeSnapshot(await getMarket({ actor: counsel, caseId, marketId })).scenarios[0];
    expect(changed.inputsSha256).not.toBe(first.inputsSha256);
    const again = await getSavedAnalysis({ actor: counsel, analysisId: first.id });
    expect(again.inputsSha256).toBe(first.inputsSha256);
    expect(again.results).toEqual(saved.results);

    const db = await getDb();
    await expect(db.update(savedAnalyses).set({ title: 'edited' }).where(eq(savedAnalyses.id, first.id))).rejects.toThrow();
    await expect(db.delete(savedAnalyses).where(eq(savedAnalyses.id, first.id))).rejects.toThrow();
    expect((await getSavedAnalysis({ actor: counsel, analysisId: first.id })).title).toBe('Form CO section 7 figures');

    const list = await listSavedAnalyses({ actor: auditor, caseId, marketId });
    const demoTitle = 'Demo: the Colossus transfer (30,000–50,000 H100), H100-equivalent compute';
    expect(list.map((a) => a.title)).toEqual(['Same inputs again', 'Form CO section 7 figures', demoTitle]);
    // The seed freezes the deal exactly as saveAnalysis does: same inputs, same hash.
    expect(list.find((a) => a.title === demoTitle)!.inputsSha256).toBe(first.inputsSha256);
    expect(list[0]).toMatchObject({ scenarioName: 'The deal: 30,000–50,000 H100 from xAI to Anthropic', marketName: m.market.name });

    await expect(getSavedAnalysis({ actor: outsider, analysisId: first.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listSavedAnalyses({ actor: outsider, caseId })).rejects.toBeInstanceOf(NotFoundError);
    const stranger = await createUser({ role: 'counsel' });
    await expect(getSavedAnalysis({ actor: stranger, analysisId: first.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSavedAnalysis({ actor: counsel, analysisId: first.id, caseId: '00000000-0000-4000-8000-000000000000' })).rejects.toBeInstanceOf(NotFoundError);
    const events = await db.execute<{ action: string; changes: { inputsSha256: string } }>(sql`select action, changes from audit_events where entity_id = ${first.id}`);
    expect((events as unknown as { rows: { action: string; changes: { inputsSha256: string } }[] }).rows).toEqual([{ action: 'analysis.save', changes: expect.objectContaining({ inputsSha256: first.inputsSha256 }) }]);
  });
});
