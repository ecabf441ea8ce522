import { describe, expect, it } from 'vitest';
import { approvalBlocker, can, CASE_ABILITIES, refusalReason, type CaseAbility } from '@/lib/access';
import { ROLES, type Role } from '@/lib/auth/schemas';

// The wall written out as a table, one row per role × membership × case state, listing exactly what is
// allowed (everything not listed is refused). It is the specification the policy is checked against,
// so it is written by hand, not derived from the code.
const Y = (...a: CaseAbility[]) => a;
const TABLE: Record<Role, { member: { open: CaseAbility[]; archived: CaseAbility[] }; outsider: { open: CaseAbility[]; archived: CaseAbility[] } }> = {
  counsel: {
    member: {
      open: Y('read', 'edit', 'manage-members', 'comment', 'sign-off', 'archive', 'download', 'download-evidence'),
      archived: Y('read', 'manage-members', 'archive', 'download', 'download-evidence'),
    },
    outsider: { open: Y(), archived: Y() },
  },
  reviewer: {
    member: { open: Y('read', 'comment', 'sign-off', 'download', 'download-evidence'), archived: Y('read', 'download', 'download-evidence') },
    outsider: { open: Y(), archived: Y() },
  },
  auditor: {
    member: { open: Y('read', 'download', 'download-evidence'), archived: Y('read', 'download', 'download-evidence') },
    outsider: { open: Y(), archived: Y() },
  },
  // Administrators run the firm's workspace: they see every case and manage who is on it, and never
  // touch its content or the parties' own files, member or not.
  admin: {
    member: { open: Y('read', 'manage-members', 'download'), archived: Y('read', 'manage-members', 'download') },
    outsider: { open: Y('read', 'manage-members', 'download'), archived: Y('read', 'manage-members', 'download') },
  },
};

describe('the policy, over every role × ability × membership × case state', () => {
  for (const role of ROLES) {
    for (const isMember of [true, false]) {
      for (const archived of [false, true]) {
        const allowed = TABLE[role][isMember ? 'member' : 'outsider'][archived ? 'archived' : 'open'];
        for (const ability of CASE_ABILITIES) {
          const expected = allowed.includes(ability);
          it(`${role}, ${isMember ? 'member' : 'not a member'}, ${archived ? 'archived' : 'open'} case: ${ability} ${expected ? 'allowed' : 'refused'}`, () => {
            expect(can({ role }, ability, { isMember, archived })).toBe(expected);
          });
        }
      }
    }
  }

  it('explains a refusal by what actually stands in the way', () => {
    expect(refusalReason({ role: 'counsel' }, 'edit', { isMember: true, archived: true })).toMatch(/archived/);
    expect(refusalReason({ role: 'reviewer' }, 'archive', { isMember: true, archived: false })).toMatch(/Only counsel/);
    expect(refusalReason({ role: 'auditor' }, 'comment', { isMember: true, archived: false })).toMatch(/read-only/);
    expect(refusalReason({ role: 'reviewer' }, 'edit', { isMember: true, archived: false })).toMatch(/role does not allow/);
  });

  it('the sign-off rule starts from the same policy (archived, outsider, administrator) and adds maker-checker', () => {
    const item = { preparerId: 'p', contributors: ['p', 'c2'] };
    expect(approvalBlocker({ id: 'r', role: 'reviewer' }, { isMember: true, archived: true }, item)).toMatch(/archived/);
    expect(approvalBlocker({ id: 'r', role: 'reviewer' }, { isMember: false, archived: false }, item)).toMatch(/member of the case/);
    expect(approvalBlocker({ id: 'a', role: 'admin' }, { isMember: true, archived: false }, item)).toMatch(/reviewer or counsel/);
    expect(approvalBlocker({ id: 'c2', role: 'counsel' }, { isMember: true, archived: false }, item)).toMatch(/contributed/);
    expect(approvalBlocker({ id: 'r', role: 'reviewer' }, { isMember: true, archived: false }, item)).toBeNull();
  });
});
