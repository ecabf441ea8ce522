import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../fixtures/db';
import { caseInput, createCaseWith, createUser } from '../fixtures/factories';
import { sql } from 'drizzle-orm';
import { dataStampSql } from '@/lib/audit/data-stamp';
import { getCase } from '@/lib/cases/get-case';
import { addParty, updateParty } from '@/lib/cases/save-party';
import { addMember } from '@/lib/cases/members';
import { updateCase } from '@/lib/cases/update-case';
import { ConflictError } from '@/lib/core/errors';

const t = useTestDatabase();

/** The stamp's sequence number, after checking the stamp names the chain's head event. */
async function stamp() {
  const result = (await t.db.execute(sql`select ${dataStampSql} as s, (select hash from audit_events order by seq desc limit 1) as h`)) as unknown as { rows: { s: string; h: string }[] };
  const [seq, hash] = result.rows[0].s.split(':');
  expect(hash).toBe(result.rows[0].h);
  return Number(seq);
}

describe('the data stamp that validates cached page reads', () => {
  it('grows with every committed change and stays put for reads and refused changes', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const caseId = await createCaseWith({ counsel });
    const s0 = await stamp();
    const detail = await getCase({ actor: counsel, caseId });
    expect(await stamp()).toBe(s0);

    await updateCase({ actor: counsel, caseId, input: { ...caseInput({ name: 'Renamed matter' }), version: detail.case.version } });
    const s1 = await stamp();
    expect(s1).toBeGreaterThan(s0);

    await expect(updateCase({ actor: counsel, caseId, input: { ...caseInput({ name: 'Stale save' }), version: detail.case.version } })).rejects.toThrow(ConflictError);
    expect(await stamp()).toBe(s1);

    await addParty({ actor: counsel, caseId, input: { name: 'xAI Corp', role: 'target', country: 'US', ultimateParent: 'X.AI Holdings' } });
    expect(await stamp()).toBeGreaterThan(s1);
  });

  it('reads a case with its parties and members in one go, in a stable order', async () => {
    const counsel = await createUser({ role: 'counsel', name: 'Zoë Counsel' });
    const reviewer = await createUser({ role: 'reviewer', name: 'Ada Reviewer' });
    const caseId = await createCaseWith({ counsel });
    await addMember({ actor: counsel, caseId, input: { email: reviewer.email } });
    await addParty({ actor: counsel, caseId, input: { name: 'Anthropic PBC', role: 'acquirer', country: 'US', ultimateParent: '' } });
    await addParty({ actor: counsel, caseId, input: { name: 'xAI Corp', role: 'target', country: 'US', ultimateParent: 'X.AI Holdings' } });
    const detail = await getCase({ actor: counsel, caseId });
    expect(detail.parties.map((p) => [p.name, p.role, p.country, p.ultimateParent, p.version])).toEqual([
      ['Anthropic PBC', 'acquirer', 'US', '', 0],
      ['xAI Corp', 'target', 'US', 'X.AI Holdings', 0],
    ]);
    expect(detail.members.map((m) => [m.name, m.role])).toEqual([
      ['Ada Reviewer', 'reviewer'],
      ['Zoë Counsel', 'counsel'],
    ]);
    for (const m of detail.members) {
      expect(m.addedAt).toBeInstanceOf(Date);
      expect(Math.abs(m.addedAt.getTime() - Date.now())).toBeLessThan(60_000);
    }
    const party = detail.parties[1];
    await updateParty({ actor: counsel, caseId, input: { partyId: party.id, version: party.version, name: 'xAI Corp.', role: 'target', country: 'US', ultimateParent: 'X.AI Holdings' } });
    expect((await getCase({ actor: counsel, caseId })).parties[1]).toMatchObject({ name: 'xAI Corp.', version: 1 });
  });
});
