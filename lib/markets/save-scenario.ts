import { and, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db/client';
import { accelerators, clusters, marketFirms, scenarios } from '@/db/schema';
import { diffFields, recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { NotFoundError, ValidationError } from '@/lib/core/errors';
import { conflictError } from '@/lib/conflict';
import { requireId, requireMarket } from './access';
import { scenarioSchema, updateScenarioSchema, type ScenarioData, type ScenarioInput } from './schemas';
import { parseVersion } from '@/lib/core/fields';

async function checkReferences(tx: Executor, market: { id: string; includeNonOperational: boolean }, d: ScenarioData) {
  const marketId = market.id;
  const errors: Record<string, string> = {};
  const firms = await tx
    .select({ id: marketFirms.id, name: marketFirms.name })
    .from(marketFirms)
    .where(and(eq(marketFirms.marketId, marketId), inArray(marketFirms.id, [d.buyerFirmId, d.sellerFirmId])));
  const known = new Map(firms.map((f) => [f.id, f.name]));
  if (!known.has(d.buyerFirmId)) errors.buyerFirmId = 'Choose a firm of this market.';
  if (!known.has(d.sellerFirmId)) errors.sellerFirmId = 'Choose a firm of this market.';
  if (d.kind === 'transfer') {
    const [acc] = await tx.select({ id: accelerators.id, name: accelerators.name }).from(accelerators).where(eq(accelerators.id, d.acceleratorId));
    if (!acc) errors.acceleratorId = 'This accelerator is not in the catalogue.';
    else if (known.has(d.sellerFirmId) && d.countCentral !== null) {
      Object.assign(errors, await checkHolding(tx, market, d.sellerFirmId, known.get(d.sellerFirmId)!, acc, d));
    }
  }
  if (Object.keys(errors).length) throw new ValidationError('Some fields need attention.', errors);
}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * A transfer cannot move more of a chip than the seller holds, at any estimate: refused at save,
 * on the estimate that exceeds, with the seller's holding at each estimate. Only clusters the
 * analysis counts are summed (operational ones, unless the market includes the others). Later
 * edits to the seller's clusters can still make a saved scenario impossible; the analysis then
 * says so, as it always has.
 */
async function checkHolding(
  tx: Executor,
  market: { id: string; includeNonOperational: boolean },
  sellerId: string,
  sellerName: string,
  acc: { id: string; name: string },
  d: ScenarioData,
): Promise<Record<string, string>> {
  const [held] = await tx
    .select({
      low: sql<string>`coalesce(sum(${clusters.countLow}), 0)`,
      central: sql<string>`coalesce(sum(${clusters.countCentral}), 0)`,
      high: sql<string>`coalesce(sum(${clusters.countHigh}), 0)`,
    })
    .from(clusters)
    .where(
      and(
        eq(clusters.marketId, market.id),
        eq(clusters.firmId, sellerId),
        eq(clusters.acceleratorId, acc.id),
        market.includeNonOperational ? undefined : eq(clusters.status, 'operational'),
      ),
    );
  const has = { low: Number(held.low), central: Number(held.central), high: Number(held.high) };
  const central = d.countCentral ?? 0;
  const moves = { low: d.countLow ?? central, central, high: d.countHigh ?? central };
  const holds =
    has.low === has.high
      ? `${sellerName} holds ${fmt(has.central)} ${acc.name}${market.includeNonOperational ? '' : ' in operational clusters'}`
      : `${sellerName} holds ${fmt(has.low)} (low), ${fmt(has.central)} (central) and ${fmt(has.high)} (high) ${acc.name}${market.includeNonOperational ? '' : ' in operational clusters'}`;
  const errors: Record<string, string> = {};
  // Central first: when it exceeds, that is the news, and a blank bound repeats it.
  for (const level of ['central', 'low', 'high'] as const) {
    if (moves[level] <= has[level]) continue;
    // A blank bound means "exactly the central figure": the error then belongs to the central field.
    const field = level === 'central' || (level === 'low' ? d.countLow === null : d.countHigh === null) ? 'countCentral' : level === 'low' ? 'countLow' : 'countHigh';
    errors[field] ??= `More than the seller has: ${holds}, and the ${level} figure moves ${fmt(moves[level])}.`;
  }
  return errors;
}

/** A merger keeps no accelerator or count; a transfer's blank bounds mean an exact number. */
function toColumns(d: ScenarioData) {
  const transfer = d.kind === 'transfer';
  const central = transfer ? d.countCentral : null;
  return {
    name: d.name,
    kind: d.kind,
    buyerFirmId: d.buyerFirmId,
    sellerFirmId: d.sellerFirmId,
    acceleratorId: transfer ? d.acceleratorId : null,
    countLow: central === null ? null : (d.countLow ?? central),
    countCentral: central,
    countHigh: central === null ? null : (d.countHigh ?? central),
  };
}

export async function addScenario(opts: { actor: SessionUser; caseId: string; marketId: string; input: ScenarioInput }) {
  const { actor, caseId, marketId } = opts;
  const data = scenarioSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { market } = await requireMarket(tx, actor, caseId, marketId, 'edit');
    await checkReferences(tx, market, data);
    const values = toColumns(data);
    const [row] = await tx.insert(scenarios).values({ ...values, marketId, updatedBy: actor.id }).returning({ id: scenarios.id });
    await recordAudit(tx, actor, { action: 'scenario.create', entityType: 'scenario', entityId: row.id, caseId, changes: { marketId, ...values } });
    return { id: row.id };
  });
}

export async function updateScenario(opts: { actor: SessionUser; caseId: string; marketId: string; input: ScenarioInput & { scenarioId: string; version: number } }) {
  const { actor, caseId, marketId } = opts;
  const { scenarioId, version, ...data } = updateScenarioSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { market } = await requireMarket(tx, actor, caseId, marketId, 'edit');
    const [before] = await tx.select().from(scenarios).where(and(eq(scenarios.id, scenarioId), eq(scenarios.marketId, marketId)));
    if (!before) throw new NotFoundError('This scenario');
    await checkReferences(tx, market, data);
    const values = toColumns(data);
    const res = await tx
      .update(scenarios)
      .set({ ...values, version: version + 1, updatedBy: actor.id, updatedAt: new Date() })
      .where(and(eq(scenarios.id, scenarioId), eq(scenarios.version, version)))
      .returning({ version: scenarios.version });
    if (!res.length) {
      const { name, kind, countLow, countCentral, countHigh } = before;
      throw await conflictError(tx, before, { name, kind, countLow, countCentral, countHigh });
    }
    await recordAudit(tx, actor, { action: 'scenario.update', entityType: 'scenario', entityId: scenarioId, caseId, changes: diffFields(before, values) });
    return { version: res[0].version };
  });
}

export async function removeScenario(opts: { actor: SessionUser; caseId: string; marketId: string; scenarioId: string; version: number }) {
  const { actor, caseId, marketId } = opts;
  const version = parseVersion(opts.version);
  const scenarioId = requireId(opts.scenarioId, 'This scenario');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireMarket(tx, actor, caseId, marketId, 'edit');
    const [before] = await tx.select().from(scenarios).where(and(eq(scenarios.id, scenarioId), eq(scenarios.marketId, marketId)));
    if (!before) throw new NotFoundError('This scenario');
    if (before.version !== version) throw await conflictError(tx, before, { name: before.name, kind: before.kind });
    await tx.delete(scenarios).where(eq(scenarios.id, scenarioId));
    const { name, kind, buyerFirmId, sellerFirmId, acceleratorId, countLow, countCentral, countHigh } = before;
    await recordAudit(tx, actor, {
      action: 'scenario.delete',
      entityType: 'scenario',
      entityId: scenarioId,
      caseId,
      changes: { marketId, name, kind, buyerFirmId, sellerFirmId, acceleratorId, countLow, countCentral, countHigh },
    });
  });
}
