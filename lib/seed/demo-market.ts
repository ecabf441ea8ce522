import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { accelerators, marketFirms, markets, savedAnalyses, scenarios } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { sha256Hex } from '@/lib/audit/canonical';
import { readClusterCsv } from '@/lib/markets/cluster-csv';
import { insertClusterRows } from '@/lib/markets/insert-clusters';
import { freezeInputs } from '@/lib/markets/build-inputs';
import { computeAnalysis, inputsSha256 } from '@/lib/markets/compute';
import { loadMarketSnapshot } from '@/lib/markets/snapshot';
import { seedAccelerators } from './accelerators';
import type { DemoContext } from './demo-context';

const SYSTEM = { id: null, email: 'system:seed' };

/** The demo market: illustrative estimates from public reporting, each row naming its own public source. */
export const DEMO_MARKET_CSV = path.join(process.cwd(), 'lib', 'seed', 'data', 'demo-market.csv');

const PARENTS: Record<string, string> = {
  xAI: 'X.AI Holdings Corp.',
  Anthropic: 'Anthropic PBC',
  'Google DeepMind': 'Alphabet Inc.',
  Meta: 'Meta Platforms, Inc.',
};

/** The demo case's market: the five frontier developers' installed accelerators, and the deal as scenarios. */
export async function seedDemoMarket(tx: Tx, ctx: DemoContext) {
  await seedAccelerators(tx); // normally done already by the reference seeders; harmless if so
  const counsel = ctx.userIds['counsel@demo.example'];
  const bytes = fs.readFileSync(DEMO_MARKET_CSV);
  const names = (await tx.select({ name: accelerators.name }).from(accelerators)).map((a) => a.name);
  const read = readClusterCsv(bytes.toString('utf8'), { acceleratorNames: names });
  if (read.errorCount) throw new Error(`demo-market.csv does not import: ${JSON.stringify(read.errors.slice(0, 3))}`);

  const values = {
    name: 'Installed AI accelerator capacity of frontier AI developers',
    definition:
      'Accelerators (GPUs, TPUs and Trainium chips) installed and under the operational control of frontier AI developers, ' +
      'measured as H100-equivalent compute. Candidate market for the training of frontier models; figures are illustrative ' +
      'estimates from public reporting (see each cluster’s source).',
    metric: 'compute' as const,
    geographicScope: 'Worldwide',
    asOf: '2025-10-31',
    includeNonOperational: false,
    mcDraws: 10_000,
    mcSeed: 2024,
    mcDistribution: 'uniform' as const,
  };
  const [market] = await tx.insert(markets).values({ ...values, caseId: ctx.caseId, updatedBy: counsel }).returning({ id: markets.id });
  await recordAudit(tx, SYSTEM, { action: 'market.create', entityType: 'market', entityId: market.id, caseId: ctx.caseId, changes: { ...values, source: 'demo seed' } });

  const { firmIds, firmsCreated } = await insertClusterRows(tx, market.id, read.rows, counsel);
  for (const [firm, parent] of Object.entries(PARENTS)) {
    const id = firmIds.get(firm);
    if (id) await tx.update(marketFirms).set({ ultimateParent: parent }).where(eq(marketFirms.id, id));
  }
  await recordAudit(tx, SYSTEM, {
    action: 'market.clusters-import',
    entityType: 'market',
    entityId: market.id,
    caseId: ctx.caseId,
    changes: { mode: 'replace', rows: read.rows.length, replaced: 0, firmsCreated, fileName: 'demo-market.csv', sha256: sha256Hex(bytes), source: 'demo seed' },
  });

  const h100 = await tx.select({ id: accelerators.id }).from(accelerators).where(eq(accelerators.name, 'NVIDIA H100 SXM'));
  const demoScenarios = [
    {
      name: 'The deal: 30,000–50,000 H100 from xAI to Anthropic',
      kind: 'transfer' as const,
      buyerFirmId: firmIds.get('Anthropic')!,
      sellerFirmId: firmIds.get('xAI')!,
      acceleratorId: h100[0].id,
      countLow: 30_000,
      countCentral: 40_000,
      countHigh: 50_000,
    },
    {
      name: 'For comparison: full merger of xAI and Anthropic',
      kind: 'merger' as const,
      buyerFirmId: firmIds.get('Anthropic')!,
      sellerFirmId: firmIds.get('xAI')!,
      acceleratorId: null,
      countLow: null,
      countCentral: null,
      countHigh: null,
    },
  ];
  for (const [i, sc] of demoScenarios.entries()) {
    // One transaction means one now(): distinct creation times keep the deal listed first.
    const createdAt = new Date(Date.now() + i);
    const [row] = await tx.insert(scenarios).values({ ...sc, marketId: market.id, updatedBy: counsel, createdAt, updatedAt: createdAt }).returning({ id: scenarios.id });
    await recordAudit(tx, SYSTEM, { action: 'scenario.create', entityType: 'scenario', entityId: row.id, caseId: ctx.caseId, changes: { marketId: market.id, ...sc, source: 'demo seed' } });
  }
  await saveDemoAnalysis(tx, ctx, market.id, counsel);
}

/** The deal's analysis, frozen as saveAnalysis would, so the demo's Form CO draft has sections 6–7 to cite. */
async function saveDemoAnalysis(tx: Tx, ctx: DemoContext, marketId: string, counsel: string) {
  const [marketRow] = await tx.select().from(markets).where(eq(markets.id, marketId));
  const snapshot = await loadMarketSnapshot(tx, marketRow);
  const deal = snapshot.scenarios.find((s) => s.kind === 'transfer')!;
  const inputs = freezeInputs(snapshot, deal);
  const outcome = computeAnalysis(inputs);
  if (!outcome.ok) throw new Error(`The demo analysis does not compute: ${outcome.error}`);
  const sha = inputsSha256(inputs);
  const title = 'Demo: the Colossus transfer (30,000–50,000 H100), H100-equivalent compute';
  const [row] = await tx
    .insert(savedAnalyses)
    .values({ caseId: ctx.caseId, marketId, scenarioId: deal.id, title, inputs, results: outcome.result, inputsSha256: sha, createdBy: counsel })
    .returning({ id: savedAnalyses.id });
  await recordAudit(tx, SYSTEM, {
    action: 'analysis.save',
    entityType: 'saved_analysis',
    entityId: row.id,
    caseId: ctx.caseId,
    changes: { title, marketId, scenarioId: deal.id, scenario: deal.name, inputsSha256: sha, source: 'demo seed' },
  });
}
