import { eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { parties, partyTurnover } from '@/db/schema';
import { requireCaseAbility, type SessionUser } from '@/lib/access';
import { PARTY_ORDER } from '@/lib/cases/get-case';
import { euJurisdiction, JurisdictionInputError, type EuJurisdictionResult, type UndertakingTurnover } from '@/lib/jurisdiction';

const EUR_M = 1_000_000;

/**
 * The parties' turnover entries and the Art. 1(2)/1(3) result. The undertakings concerned are
 * the acquiring and target parties; parties marked "other" (e.g. a seller) are listed but not
 * counted, which the result says.
 */
export async function getEuJurisdiction(opts: { actor: SessionUser; caseId: string }) {
  const { actor, caseId } = opts;
  const db = await getDb();
  await requireCaseAbility(db, actor, caseId, 'read');
  const partyRows = await db.select({ id: parties.id, name: parties.name, role: parties.role }).from(parties).where(eq(parties.caseId, caseId)).orderBy(...PARTY_ORDER);
  const turnover = partyRows.length
    ? await db.select().from(partyTurnover).where(inArray(partyTurnover.partyId, partyRows.map((p) => p.id)))
    : [];
  const byParty = new Map(turnover.map((t) => [t.partyId, t]));
  const rows = partyRows.map((p) => {
    const t = byParty.get(p.id);
    return {
      partyId: p.id,
      name: p.name,
      role: p.role,
      counted: p.role !== 'other',
      worldwideEurM: t?.worldwideEurM ?? null,
      euEurM: t?.euEurM ?? null,
      byMemberState: t?.byMemberState ?? {},
      byMemberStateComplete: t?.byMemberStateComplete ?? false,
      version: t ? t.version : null,
    };
  });
  const undertakings: UndertakingTurnover[] = rows
    .filter((r) => r.counted)
    .map((r) => ({
      name: r.name,
      ...(r.worldwideEurM !== null ? { worldwideEur: Math.round(Number(r.worldwideEurM) * EUR_M) } : {}),
      ...(r.euEurM !== null ? { euEur: Math.round(Number(r.euEurM) * EUR_M) } : {}),
      ...(r.byMemberStateComplete ? { byMemberState: Object.fromEntries(Object.entries(r.byMemberState).map(([k, v]) => [k, Math.round(v * EUR_M)])) } : {}),
    }));
  let result: EuJurisdictionResult | { result: 'error'; missing: string[]; reasons: string[] };
  try {
    result = euJurisdiction({ undertakings });
  } catch (error) {
    if (!(error instanceof JurisdictionInputError)) throw error;
    result = { result: 'error', missing: [], reasons: [error.message] };
  }
  return { parties: rows, result, excluded: rows.filter((r) => !r.counted).map((r) => r.name) };
}
export type EuJurisdictionView = Awaited<ReturnType<typeof getEuJurisdiction>>;
