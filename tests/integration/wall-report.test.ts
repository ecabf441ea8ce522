import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../fixtures/db';
import { caseInput, createCaseWith, createUser } from '../fixtures/factories';
import { getCase } from '@/lib/cases/get-case';
import { requireCaseAbility } from '@/lib/access';
import { updateCase } from '@/lib/cases/update-case';
import { flushWallRefusals } from '@/lib/wall/record-refusal';
import { wallReport } from '@/lib/wall/wall-report';
import { listAuditEvents } from '@/lib/audit/list-events';
import { ForbiddenError, NotFoundError } from '@/lib/core/errors';

const t = useTestDatabase();

describe('ethical wall monitoring', () => {
  it('records a non-member’s refused page, action and role refusals, once per user, case and hour with a count', async () => {
    const admin = await createUser({ role: 'admin' });
    const counsel = await createUser({ role: 'counsel' });
    const auditor = await createUser({ role: 'auditor' });
    const outsider = await createUser({ role: 'counsel' });
    const caseId = await createCaseWith({ counsel, members: [auditor] });

    await expect(getCase({ actor: outsider, caseId })).rejects.toBeInstanceOf(NotFoundError);
    // Refused inside the verb's transaction, which rolls back: the record must survive it.
    await expect(updateCase({ actor: outsider, caseId, input: { ...caseInput(), version: 0 } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(t.db.transaction((tx) => requireCaseAbility(tx, auditor, caseId, 'edit'))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requireCaseAbility(t.db, admin, caseId, 'download-evidence')).rejects.toBeInstanceOf(ForbiddenError);
    // Allowed access and a case that does not exist are not attempts to cross a wall.
    await getCase({ actor: counsel, caseId });
    await requireCaseAbility(t.db, auditor, caseId, 'download');
    await expect(getCase({ actor: outsider, caseId: '00000000-0000-4000-8000-000000000000' })).rejects.toBeInstanceOf(NotFoundError);
    await flushWallRefusals();

    const report = await wallReport({ actor: admin });
    const byUser = Object.fromEntries(report.map((r) => [r.userEmail, r]));
    expect(Object.keys(byUser).sort()).toEqual([admin.email, auditor.email, outsider.email].sort());
    expect(byUser[outsider.email]).toMatchObject({ caseId, attempts: 2, hours: 1, lastAbility: 'edit', lastIp: '127.0.0.1' });
    expect(byUser[auditor.email]).toMatchObject({ attempts: 1, lastAbility: 'edit' });
    expect(byUser[admin.email]).toMatchObject({ attempts: 1, lastAbility: 'download-evidence' });

    const events = await listAuditEvents({ actor: admin, filter: { action: 'wall.refused' } });
    expect(events.filter((e) => e.actorEmail === outsider.email)).toHaveLength(1);
    expect(events.every((e) => e.caseId === null && e.entityId === caseId)).toBe(true);
  });

  it('is for administrators only', async () => {
    const counsel = await createUser({ role: 'counsel' });
    await expect(wallReport({ actor: counsel })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
