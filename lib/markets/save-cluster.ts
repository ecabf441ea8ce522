import { and, eq, max, ne } from 'drizzle-orm';
import { getDb, type Executor } from '@/db/client';
import { accelerators, clusters, marketFirms } from '@/db/schema';
import { diffFields, recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { NotFoundError, ValidationError } from '@/lib/core/errors';
import { conflictError } from '@/lib/conflict';
import { requireId, requireMarket } from './access';
import { clusterSchema, updateClusterSchema, type ClusterData, type ClusterInput } from './schemas';
import { parseVersion } from '@/lib/core/fields';

/** Firm and accelerator are checked here, so an unknown one is refused at its field. */
async function checkReferences(tx: Executor, marketId: string, d: Pick<ClusterData, 'firmId' | 'acceleratorId' | 'name'>, exceptId?: string) {
  const errors: Record<string, string> = {};
  const [firm] = await tx.select({ id: marketFirms.id }).from(marketFirms).where(and(eq(marketFirms.id, d.firmId), eq(marketFirms.marketId, marketId)));
  if (!firm) errors.firmId = 'Choose a firm of this market.';
  const [acc] = await tx.select({ id: accelerators.id }).from(accelerators).where(eq(accelerators.id, d.acceleratorId));
  if (!acc) errors.acceleratorId = 'This accelerator is not in the catalogue.';
  if (firm) {
    const same = and(eq(clusters.marketId, marketId), eq(clusters.firmId, d.firmId), eq(clusters.name, d.name));
    const [dup] = await tx.select({ id: clusters.id }).from(clusters).where(exceptId ? and(same, ne(clusters.id, exceptId)) : same);
    if (dup) errors.name = 'This firm already has a cluster with this name in the market.';
  }
  if (Object.keys(errors).length) throw new ValidationError('Some fields need attention.', errors);
}

/** Blank low / high bounds mean the count is known exactly. */
function toColumns(d: ClusterData) {
  return {
    firmId: d.firmId,
    name: d.name,
    site: d.site,
    acceleratorId: d.acceleratorId,
    countLow: d.countLow ?? d.countCentral,
    countCentral: d.countCentral,
    countHigh: d.countHigh ?? d.countCentral,
    status: d.status,
    asOf: d.asOf,
    source: d.source,
  };
}

export async function addCluster(opts: { actor: SessionUser; caseId: string; marketId: string; input: ClusterInput }) {
  const { actor, caseId, marketId } = opts;
  const data = clusterSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireMarket(tx, actor, caseId, marketId, 'edit');
    await checkReferences(tx, marketId, data);
    const [{ last }] = await tx.select({ last: max(clusters.position) }).from(clusters).where(eq(clusters.marketId, marketId));
    const values = toColumns(data);
    const [row] = await tx
      .insert(clusters)
      .values({ ...values, marketId, position: (last ?? -1) + 1, updatedBy: actor.id })
      .returning({ id: clusters.id });
    await recordAudit(tx, actor, { action: 'cluster.create', entityType: 'cluster', entityId: row.id, caseId, changes: { marketId, ...values } });
    return { id: row.id };
  });
}

export async function updateCluster(opts: { actor: SessionUser; caseId: string; marketId: string; input: ClusterInput & { clusterId: string; version: number } }) {
  const { actor, caseId, marketId } = opts;
  const { clusterId, version, ...data } = updateClusterSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireMarket(tx, actor, caseId, marketId, 'edit');
    const [before] = await tx.select().from(clusters).where(and(eq(clusters.id, clusterId), eq(clusters.marketId, marketId)));
    if (!before) throw new NotFoundError('This cluster');
    await checkReferences(tx, marketId, data, clusterId);
    const values = toColumns(data);
    const res = await tx
      .update(clusters)
      .set({ ...values, version: version + 1, updatedBy: actor.id, updatedAt: new Date() })
      .where(and(eq(clusters.id, clusterId), eq(clusters.version, version)))
      .returning({ version: clusters.version });
    if (!res.length) {
      const { name, site, countLow, countCentral, countHigh, status, asOf, source } = before;
      throw await conflictError(tx, before, { name, site, countLow, countCentral, countHigh, status, asOf, source });
    }
    await recordAudit(tx, actor, { action: 'cluster.update', entityType: 'cluster', entityId: clusterId, caseId, changes: diffFields(before, values) });
    return { version: res[0].version };
  });
}

export async function removeCluster(opts: { actor: SessionUser; caseId: string; marketId: string; clusterId: string; version: number }) {
  const { actor, caseId, marketId } = opts;
  const version = parseVersion(opts.version);
  const clusterId = requireId(opts.clusterId, 'This cluster');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireMarket(tx, actor, caseId, marketId, 'edit');
    const [before] = await tx.select().from(clusters).where(and(eq(clusters.id, clusterId), eq(clusters.marketId, marketId)));
    if (!before) throw new NotFoundError('This cluster');
    // Deleting over someone's newer edit would discard it unseen.
    if (before.version !== version) throw await conflictError(tx, before, { name: before.name, countCentral: before.countCentral, status: before.status });
    await tx.delete(clusters).where(eq(clusters.id, clusterId));
    const { id, marketId: m, firmId, acceleratorId, name, countLow, countCentral, countHigh, status, asOf, source, site } = before;
    await recordAudit(tx, actor, {
      action: 'cluster.delete',
      entityType: 'cluster',
      entityId: id,
      caseId,
      changes: { marketId: m, firmId, acceleratorId, name, site, countLow, countCentral, countHigh, status, asOf, source },
    });
  });
}
