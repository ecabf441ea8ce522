import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, GENESIS_HASH, hashAuditContent, sha256Hex } from '@/lib/audit/canonical';
import { diffFields } from '@/lib/audit/record';
import { can } from '@/lib/access';

const MEMBER = { isMember: true, archived: false };
const OUTSIDER = { isMember: false, archived: false };

const event = {
  seq: 1,
  occurredAt: '2026-11-29T10:00:00.000Z',
  actorId: null,
  actorEmail: 'a@b.example',
  action: 'case.update',
  entityType: 'case',
  entityId: 'x',
  caseId: null,
  changes: { name: { before: 'A', after: 'B' } },
  ip: null,
  userAgent: null,
  prevHash: GENESIS_HASH,
};

describe('canonical JSON and hashing', () => {
  it('is independent of key order at every depth', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.dictionary(fc.string(), fc.integer())), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse().map(([k, v]) => [k, Object.fromEntries(Object.entries(v).reverse())]));
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
    );
  });

  it('changes the hash when any field changes', () => {
    const h = hashAuditContent(event);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAuditContent({ ...event, action: 'case.create' })).not.toBe(h);
    expect(hashAuditContent({ ...event, changes: { name: { before: 'A', after: 'C' } } })).not.toBe(h);
    expect(hashAuditContent({ ...event, prevHash: 'f'.repeat(64) })).not.toBe(h);
  });

  it('matches a known SHA-256 vector', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('diffFields', () => {
  it('lists only the fields that changed, with before and after', () => {
    expect(diffFields<Record<string, unknown>>({ a: 1, b: 'x', c: null }, { a: 1, b: 'y', c: '' })).toEqual({ b: { before: 'x', after: 'y' } });
  });
});

describe('the permission policy', () => {
  it('lets nobody who is not a member act on a case, except an admin reading it', () => {
    for (const role of ['counsel', 'reviewer', 'auditor'] as const) {
      for (const ability of ['read', 'edit', 'comment', 'sign-off', 'download', 'download-evidence', 'manage-members'] as const) expect(can({ role }, ability, OUTSIDER)).toBe(false);
    }
    expect(can({ role: 'admin' }, 'read', OUTSIDER)).toBe(true);
    expect(can({ role: 'admin' }, 'edit', MEMBER)).toBe(false);
    expect(can({ role: 'admin' }, 'download', OUTSIDER)).toBe(true);
    expect(can({ role: 'admin' }, 'download-evidence', OUTSIDER)).toBe(false);
    for (const role of ['counsel', 'reviewer', 'auditor'] as const) expect(can({ role }, 'download-evidence', MEMBER)).toBe(true);
  });

  it('keeps auditors read-only and reviewers to comments and sign-off', () => {
    expect(can({ role: 'auditor' }, 'edit', MEMBER)).toBe(false);
    expect(can({ role: 'auditor' }, 'comment', MEMBER)).toBe(false);
    expect(can({ role: 'auditor' }, 'download', MEMBER)).toBe(true);
    expect(can({ role: 'reviewer' }, 'edit', MEMBER)).toBe(false);
    expect(can({ role: 'reviewer' }, 'sign-off', MEMBER)).toBe(true);
    expect(can({ role: 'counsel' }, 'edit', MEMBER)).toBe(true);
  });
});
