import { and, eq, ne, or } from 'drizzle-orm';
import { getDb, type Executor } from '@/db/client';
import { clusters, marketFirms, scenarios } from '@/db/schema';
import { diffFields, recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/access';
import { NotFoundError, ValidationError } from '@/lib/core/errors';
import { parseVersion } from '@/lib/core/fields';
import { conflictError } from '@/lib/conflict';
import { requireId, requireMarket } from './access';
import { firmSchema, updateFirmSchema, type FirmInput } from './schemas';

async function refuseDuplicate(tx: Executor, marketId: string, name: string, exceptId?: string) {
  const same = and(eq(marketFirms.marketId, marketId), eq(marketFirms.name, name));
  const [dup] = await tx
    .select({ id: marketFirms.id })
    .from(marketFirms)
    .where(exceptId ? and(same, ne(marketFirms.id, exceptId)) : same);
  if (dup) throw new ValidationError('This market already has a firm with that name.', { name: 'Already in this market.' });
}

export async function addFirm(opts: { actor: SessionUser; caseId: string; marketId: string; input: FirmInput }) {
  const { actor, caseId, marketId } = opts;
  const data = firmSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireMarket(tx, actor, caseId, marketId, 'edit');
    await refuseDuplicate(tx, marketId, data.name);
    const [row] = await tx.insert(marketFirms).values({ ...data, marketId, updatedBy: actor.id }).returning({ id: marketFirms.id });
    await recordAudit(tx, actor, { action: 'firm.create', entityType: 'market_firm', entityId: row.id, caseId, changes: { marketId, ...data } });
    return { id: row.id };
  });
}

export async function updateFirm(opts: { actor: SessionUser; caseId: string; marketId: string; input: FirmInput & { firmId: string; version: number } }) {
  const { actor, caseId, marketId } = opts;
  const { firmId, version, ...values } = updateFirmSchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireMarket(tx, actor, caseId, marketId, 'edit');
    const [before] = await tx.select().from(marketFirms).where(and(eq(marketFirms.id, firmId), eq(marketFirms.marketId, marketId)));
    if (!before) throw new NotFoundError('This firm');
    await refuseDuplicate(tx, marketId, values.name, firmId);
    const res = await tx
      .update(marketFirms)
      .set({ ...values, version: version + 1, updatedBy: actor.id, updatedAt: new Date() })
      .where(and(eq(marketFirms.id, firmId), eq(marketFirms.version, version)))
      .returning({ version: marketFirms.version });
    if (!res.length) throw await conflictError(tx, before, { name: before.name, ultimateParent: before.ultimateParent });
    await recordAudit(tx, actor, { action: 'firm.update', entityType: 'market_firm', entityId: firmId, caseId, changes: diffFields(before, values) });
    return { version: res[0].version };
  });
}

/** A firm still holding clusters or named in a scenario stays: removing it would silently change results. */
export async function removeFirm(opts: { actor: SessionUser; caseId: string; marketId: string; firmId: string; version: number }) {
  const { actor, caseId, marketId } = opts;
  const firmId = requireId(opts.firmId, 'This firm');
  const version = parseVersion(opts.version);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireMarket(tx, actor, caseId, marketId, 'edit');
    const [firm] = await tx.select().from(marketFirms).where(and(eq(marketFirms.id, firmId), eq(marketFirms.marketId, marketId)));
    if (!firm) throw new NotFoundError('This firm');
    // Removing over someone's newer edit (a renamed firm) would discard it unseen.
    if (firm.version !== version) throw await conflictError(tx, firm, { name: firm.name, ultimateParent: firm.ultimateParent });
    const [held] = await tx.select({ id: clusters.id }).from(clusters).where(eq(clusters.firmId, firmId)).limit(1);
    if (held) throw new ValidationError(`${firm.name} still holds clusters in this market; remove or move them first.`);
    const [named] = await tx
      .select({ name: scenarios.name })
      .from(scenarios)
      .where(or(eq(scenarios.buyerFirmId, firmId), eq(scenarios.sellerFirmId, firmId)))
      .limit(1);
    if (named) throw new ValidationError(`${firm.name} is a party to the scenario “${named.name}”; change or remove that scenario first.`);
    await tx.delete(marketFirms).where(eq(marketFirms.id, firmId));
    await recordAudit(tx, actor, { action: 'firm.delete', entityType: 'market_firm', entityId: firmId, caseId, changes: { marketId, name: firm.name, ultimateParent: firm.ultimateParent } });
  });
}
