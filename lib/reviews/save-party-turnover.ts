import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { parties, partyTurnover } from '@/db/schema';
import { diffFields, recordAudit } from '@/lib/audit';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { NotFoundError, ValidationError } from '@/lib/core/errors';
import { EU_MEMBER_STATES, normaliseMemberState } from '@/lib/jurisdiction';
import { conflictError } from '@/lib/conflict';
import { uniqueViolation } from '@/lib/core/db-errors';
import { turnoverSchema, type TurnoverInput } from './schemas';

const money = (n: number | null) => (n === null ? null : n.toFixed(2));

/**
 * Records a party's turnover for the EU jurisdiction check. First save: version null; after
 * that the version the user opened, so two people entering figures cannot overwrite each other.
 */
export async function savePartyTurnover(opts: { actor: SessionUser; caseId: string; input: TurnoverInput }) {
  const { actor, caseId } = opts;
  const data = turnoverSchema.parse(opts.input);
  const byMemberState: Record<string, number> = {};
  for (const [code, value] of Object.entries(data.byMemberState)) {
    const state = normaliseMemberState(code);
    if (!state) {
      const message = `${code} is not an EU Member State code (use ${EU_MEMBER_STATES.join(', ')}; Greece is EL).`;
      throw new ValidationError(message, { byMemberState: message });
    }
    byMemberState[state] = value;
  }
  const stateSum = Object.values(byMemberState).reduce((a, b) => a + b, 0);
  if (data.euEurM !== null && stateSum > data.euEurM + 1e-9) {
    const message = `The Member State figures add up to €${stateSum.toLocaleString('en-US')} million, more than the EU-wide turnover of €${data.euEurM.toLocaleString('en-US')} million.`;
    throw new ValidationError(message, { byMemberState: message });
  }
  if (data.worldwideEurM !== null && data.euEurM !== null && data.euEurM > data.worldwideEurM) {
    throw new ValidationError('EU-wide turnover cannot exceed worldwide turnover.', { euEurM: 'EU-wide turnover cannot exceed worldwide turnover.' });
  }
  const values = {
    worldwideEurM: money(data.worldwideEurM),
    euEurM: money(data.euEurM),
    byMemberState,
    byMemberStateComplete: data.byMemberStateComplete,
  };
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireCaseAbility(tx, actor, caseId, 'edit');
    const [party] = await tx.select({ id: parties.id, name: parties.name }).from(parties).where(and(eq(parties.id, data.partyId), eq(parties.caseId, caseId)));
    if (!party) throw new NotFoundError('This party');
    const [before] = await tx.select().from(partyTurnover).where(eq(partyTurnover.partyId, party.id)).for('update');
    const current = (b: typeof before) => ({ worldwideEurM: b.worldwideEurM, euEurM: b.euEurM, byMemberState: Object.entries(b.byMemberState).map(([k, v]) => `${k} ${v}`).join(', ') });
    if (!before) {
      if (data.version !== null) throw new NotFoundError('These turnover figures');
      await tx
        .insert(partyTurnover)
        .values({ ...values, partyId: party.id, caseId, updatedBy: actor.id })
        .catch(async (error) => {
          // Someone saved the first figures for this party a moment ago.
          if (uniqueViolation(error)) throw new ValidationError('Not saved: someone entered figures for this party at the same time. Reload to see them.');
          throw error;
        });
      await recordAudit(tx, actor, { action: 'party-turnover.create', entityType: 'party_turnover', entityId: party.id, caseId, changes: { party: party.name, ...values } });
      return { version: 0 };
    }
    if (data.version === null || data.version !== before.version) throw await conflictError(tx, before, current(before));
    const [row] = await tx
      .update(partyTurnover)
      .set({ ...values, version: before.version + 1, updatedBy: actor.id, updatedAt: new Date() })
      .where(and(eq(partyTurnover.partyId, party.id), eq(partyTurnover.version, data.version)))
      .returning({ version: partyTurnover.version });
    if (!row) throw await conflictError(tx, before, current(before));
    await recordAudit(tx, actor, { action: 'party-turnover.update', entityType: 'party_turnover', entityId: party.id, caseId, changes: { party: party.name, ...diffFields(before as Record<string, unknown>, values) } });
    return { version: row.version };
  });
}
