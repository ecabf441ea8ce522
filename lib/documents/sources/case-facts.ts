import type { SessionUser } from '@/lib/access';
import { getCase } from '@/lib/cases/get-case';
import { DEAL_TYPE_LABELS, PARTY_ROLE_LABELS } from '@/lib/cases/schemas';
import { getDb } from '@/db/client';
import { loadMarks } from '../list-confidentiality';
import type { CaseFacts } from '../model';

const millions = (v: string | null) => (v === null ? null : Number(v));

/** The case as the documents print it; NotFoundError outside the wall (getCase checks). */
export async function loadCaseFacts(actor: SessionUser, caseId: string): Promise<CaseFacts & { version: number }> {
  const { case: c, parties } = await getCase({ actor, caseId });
  const marks = await loadMarks(await getDb(), caseId);
  return {
    id: c.id,
    name: c.name,
    codename: c.codename,
    dealType: c.dealType,
    dealTypeLabel: DEAL_TYPE_LABELS[c.dealType],
    description: c.description,
    valueLowM: millions(c.valueLowM),
    valueHighM: millions(c.valueHighM),
    currency: c.currency,
    status: c.status,
    longStopDate: c.longStopDate,
    parties: parties.map((p) => ({ name: p.name, role: p.role, roleLabel: PARTY_ROLE_LABELS[p.role], country: p.country, ultimateParent: p.ultimateParent })),
    marks,
    version: c.version,
  };
}
