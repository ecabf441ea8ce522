import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../fixtures/db';
import { caseInput, createCaseWith, createUser } from '../fixtures/factories';
import { createCase } from '@/lib/cases/create-case';
import { getCase } from '@/lib/cases/get-case';
import { listCases } from '@/lib/cases/list-cases';
import { updateCase } from '@/lib/cases/update-case';
import { setCaseArchived } from '@/lib/cases/archive-case';
import { addParty, removeParty, updateParty } from '@/lib/cases/save-party';
import { addMember, removeMember } from '@/lib/cases/members';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/core/errors';
import { listAuditEvents } from '@/lib/audit/list-events';

useTestDatabase();

describe('cases behind the ethical wall', () => {
  it('lets counsel open a case and makes them its first member', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const { id } = await createCase({ actor: counsel, input: caseInput({ name: 'Ανθρωπική / 深度求索' }) });
    const detail = await getCase({ actor: counsel, caseId: id });
    expect(detail.case.name).toBe('Ανθρωπική / 深度求索');
    expect(detail.members.map((m) => m.email)).toEqual([counsel.email]);
    expect(detail.permissions.edit).toBe(true);
  });

  it('answers not-found to a non-member counsel, reviewer and auditor, and lists nothing', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const caseId = await createCaseWith({ counsel });
    for (const role of ['counsel', 'reviewer', 'auditor'] as const) {
      const outsider = await createUser({ role });
      await expect(getCase({ actor: outsider, caseId })).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateCase({ actor: outsider, caseId, input: { ...caseInput(), version: 0 } })).rejects.toBeInstanceOf(NotFoundError);
      await expect(listAuditEvents({ actor: outsider, caseId })).rejects.toBeInstanceOf(NotFoundError);
      expect((await listCases({ actor: outsider })).map((c) => c.id)).not.toContain(caseId);
    }
  });

  it('lets an admin read every case but not edit its details', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const admin = await createUser({ role: 'admin' });
    const caseId = await createCaseWith({ counsel });
    expect((await getCase({ actor: admin, caseId })).case.id).toBe(caseId);
    await expect(updateCase({ actor: admin, caseId, input: { ...caseInput(), version: 0 } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('gives auditors and reviewers read access only', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const auditor = await createUser({ role: 'auditor' });
    const reviewer = await createUser({ role: 'reviewer' });
    const caseId = await createCaseWith({ counsel, members: [auditor, reviewer] });
    for (const actor of [auditor, reviewer]) {
      const d = await getCase({ actor, caseId });
      expect(d.permissions.edit).toBe(false);
      await expect(updateCase({ actor, caseId, input: { ...caseInput(), version: 0 } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addParty({ actor, caseId, input: { name: 'X', role: 'other', country: '', ultimateParent: '' } })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it('refuses a save over a newer version, naming who changed it', async () => {
    const counsel = await createUser({ role: 'counsel', name: 'First Counsel' });
    const other = await createUser({ role: 'counsel', name: 'Second Counsel' });
    const caseId = await createCaseWith({ counsel, members: [other] });
    await updateCase({ actor: other, caseId, input: { ...caseInput({ name: 'Theirs' }), version: 0 } });
    const err = await updateCase({ actor: counsel, caseId, input: { ...caseInput({ name: 'Mine' }), version: 0 } }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.info.changedBy).toBe('Second Counsel');
    expect(err.info.current.name).toBe('Theirs');
    expect((await getCase({ actor: counsel, caseId })).case.name).toBe('Theirs');
  });

  it('refuses a conflicting party edit the same way', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const caseId = await createCaseWith({ counsel });
    const { id } = await addParty({ actor: counsel, caseId, input: { name: 'Alpha', role: 'acquirer', country: 'US', ultimateParent: '' } });
    await updateParty({ actor: counsel, caseId, input: { partyId: id, version: 0, name: 'Alpha Inc.', role: 'acquirer', country: 'US', ultimateParent: '' } });
    await expect(updateParty({ actor: counsel, caseId, input: { partyId: id, version: 0, name: 'Alpha LLC', role: 'acquirer', country: 'US', ultimateParent: '' } })).rejects.toBeInstanceOf(ConflictError);
    // Removing it from the page that still showed "Alpha" would discard the rename unseen.
    await expect(removeParty({ actor: counsel, caseId, partyId: id, version: 0 })).rejects.toBeInstanceOf(ConflictError);
    expect((await getCase({ actor: counsel, caseId })).parties.map((p) => p.name)).toEqual(['Alpha Inc.']);
    await removeParty({ actor: counsel, caseId, partyId: id, version: 1 });
    expect((await getCase({ actor: counsel, caseId })).parties).toEqual([]);
  });

  it('refuses impossible dates, hostile text and inverted value ranges without saving', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const before = (await listCases({ actor: counsel })).length;
    await expect(createCase({ actor: counsel, input: caseInput({ longStopDate: '2026-02-30' }) })).rejects.toThrow(/does not exist/);
    await expect(createCase({ actor: counsel, input: caseInput({ name: 'Evil\u202Egnp.exe' }) })).rejects.toThrow(/invisible or direction-changing/);
    await expect(createCase({ actor: counsel, input: caseInput({ name: '<script>alert(1)</script>' }) })).rejects.toThrow(/script/);
    await expect(createCase({ actor: counsel, input: caseInput({ valueLowM: 500, valueHighM: 100 }) })).rejects.toThrow(/high estimate/);
    await expect(createCase({ actor: counsel, input: caseInput({ valueLowM: -5 }) })).rejects.toThrow(/negative/);
    expect((await listCases({ actor: counsel })).length).toBe(before);
  });

  it('archives instead of deleting, and an archived case is read-only', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const caseId = await createCaseWith({ counsel });
    await setCaseArchived({ actor: counsel, caseId, archived: true });
    expect((await listCases({ actor: counsel })).map((c) => c.id)).not.toContain(caseId);
    expect((await listCases({ actor: counsel, filter: { status: 'archived' } })).map((c) => c.id)).toContain(caseId);
    await expect(updateCase({ actor: counsel, caseId, input: { ...caseInput(), version: 0 } })).rejects.toThrow(/archived/);
    // What the page offers is what the verbs allow (one policy): no editing, but members can still be
    // managed — an auditor added to the closed matter — and the archiving undone.
    const archived = await getCase({ actor: counsel, caseId });
    expect(archived.permissions).toMatchObject({ edit: false, manageMembers: true, archive: true });
    const auditor = await createUser({ role: 'auditor' });
    await addMember({ actor: counsel, caseId, input: { email: auditor.email } });
    expect((await getCase({ actor: auditor, caseId })).permissions).toMatchObject({ edit: false, manageMembers: false, archive: false });
    const reviewer = await createUser({ role: 'reviewer' });
    await addMember({ actor: counsel, caseId, input: { email: reviewer.email } });
    await expect(setCaseArchived({ actor: reviewer, caseId, archived: false })).rejects.toThrow(/Only counsel/);
    await setCaseArchived({ actor: counsel, caseId, archived: false });
    await updateCase({ actor: counsel, caseId, input: { ...caseInput(), version: 0 } });
  });

  it('moves the wall only through case counsel or an admin, and keeps one counsel', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const reviewer = await createUser({ role: 'reviewer' });
    const newcomer = await createUser({ role: 'auditor' });
    const caseId = await createCaseWith({ counsel, members: [reviewer] });
    await expect(addMember({ actor: reviewer, caseId, input: { email: newcomer.email } })).rejects.toBeInstanceOf(ForbiddenError);
    await addMember({ actor: counsel, caseId, input: { email: newcomer.email } });
    expect((await getCase({ actor: newcomer, caseId })).case.id).toBe(caseId);
    await expect(addMember({ actor: counsel, caseId, input: { email: 'nobody@test.example' } })).rejects.toBeInstanceOf(ValidationError);
    await expect(removeMember({ actor: counsel, caseId, userId: counsel.id })).rejects.toThrow(/at least one counsel/);
    await removeMember({ actor: counsel, caseId, userId: newcomer.id });
    await expect(getCase({ actor: newcomer, caseId })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('searches by name and codename, escaping wildcards', async () => {
    const counsel = await createUser({ role: 'counsel' });
    await createCaseWith({ counsel, input: { name: 'Orion merger', codename: 'ORION' } });
    await createCaseWith({ counsel, input: { name: 'Vega 100% buyout', codename: 'VEGA' } });
    expect((await listCases({ actor: counsel, filter: { q: 'orion' } })).map((c) => c.codename)).toEqual(['ORION']);
    expect((await listCases({ actor: counsel, filter: { q: '100%' } })).map((c) => c.codename)).toEqual(['VEGA']);
    expect((await listCases({ actor: counsel, filter: { q: '%' } })).map((c) => c.codename)).toEqual(['VEGA']);
  });

  it('writes an audit event with before/after for every change', async () => {
    const counsel = await createUser({ role: 'counsel' });
    const caseId = await createCaseWith({ counsel });
    await updateCase({ actor: counsel, caseId, input: { ...caseInput({ name: 'Renamed', status: 'under-review' }), version: 0 } });
    const events = await listAuditEvents({ actor: counsel, caseId });
    const update = events.find((e) => e.action === 'case.update')!;
    expect(update.actorEmail).toBe(counsel.email);
    expect(update.ip).toBe('127.0.0.1');
    expect((update.changes as Record<string, { before: unknown; after: unknown }>).name.after).toBe('Renamed');
    expect((update.changes as Record<string, unknown>).currency).toBeUndefined();
  });
});
