import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { parties } from '@/db/schema';
import { diffFields, recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { conflictError } from '@/lib/conflict';
import { NotFoundError } from '@/lib/core/errors';
import { parseVersion } from '@/lib/core/fields';
import { isUuid } from '@/lib/core/ids';
import { partySchema, updatePartySchema, type PartyInput } from './schemas';

export async function addParty(opts: { actor: SessionUser; caseId: string; input: PartyInput }) {
  const { actor, caseId } = opts;
  const data = partySchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const [row] = await tx.insert(parties).values({ ...data, caseId, updatedBy: actor.id }).returning({ id: parties.id });
    await recordAudit(tx, actor, { action: 'party.create', entityType: 'party', entityId: row.id, caseId, changes: data });
    return { id: row.id };
  });
}

export async function updateParty(opts: { actor: SessionUser; caseId: string; input: PartyInput & { partyId: string; version: number } }) {
  const { actor, caseId } = opts;
  const data = updatePartySchema.parse(opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const [before] = await tx.select().from(parties).where(and(eq(parties.id, data.partyId), eq(parties.caseId, caseId))).for('update');
    if (!before) throw new NotFoundError('This party');
    const { partyId, version, ...values } = data;
    const res = await tx
      .update(parties)
      .set({ ...values, version: version + 1, updatedBy: actor.id, updatedAt: new Date() })
      .where(and(eq(parties.id, partyId), eq(parties.version, version)))
      .returning({ version: parties.version });
    if (!res.length) {
      throw await conflictError(tx, before, { name: before.name, role: before.role, country: before.country, ultimateParent: before.ultimateParent });
    }
    await recordAudit(tx, actor, { action: 'party.update', entityType: 'party', entityId: partyId, caseId, changes: diffFields(before, values) });
    return { version: res[0].version };
  });
}

export async function removeParty(opts: { actor: SessionUser; caseId: string; partyId: string; version: number }) {
  const { actor, caseId, partyId } = opts;
  if (!isUuid(partyId)) throw new NotFoundError('This party');
  const version = parseVersion(opts.version);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const [before] = await tx.select().from(parties).where(and(eq(parties.id, partyId), eq(parties.caseId, caseId))).for('update');
    if (!before) throw new NotFoundError('This party');
    // Removing over someone's newer edit would discard it unseen: the remover must have seen it.
    if (before.version !== version) {
      throw await conflictError(tx, before, { name: before.name, role: before.role, country: before.country, ultimateParent: before.ultimateParent });
    }
    const [gone] = await tx.delete(parties).where(eq(parties.id, partyId)).returning();
    await recordAudit(tx, actor, {
      action: 'party.delete',
      entityType: 'party',
      entityId: partyId,
      caseId,
      changes: { name: gone.name, role: gone.role, country: gone.country, ultimateParent: gone.ultimateParent },
    });
  });
}
