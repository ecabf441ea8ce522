import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseSchema, partySchema } from '@/lib/cases/schemas';
import { changePasswordSchema } from '@/lib/auth/schemas';
import { isoDate, safeText } from '@/lib/core/fields';

const base = { name: 'Deal', codename: 'DEAL', dealType: 'merger', description: '', valueLowM: '', valueHighM: '', currency: 'USD', status: 'pre-filing', longStopDate: '' };

describe('case schema', () => {
  it('accepts a plain case and turns blanks into nulls', () => {
    const v = caseSchema.parse(base);
    expect(v.longStopDate).toBeNull();
    expect(v.valueLowM).toBe('');
  });

  it('parses its own output again: the form parses on the client, the action again on the server', () => {
    for (const input of [base, { ...base, longStopDate: '2027-06-30', valueLowM: '8000', valueHighM: '12000.5' }]) {
      const once = caseSchema.parse(input);
      expect(caseSchema.parse(once)).toEqual(once);
    }
  });

  it('refuses impossible dates with a message a lawyer understands', () => {
    for (const d of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '30/06/2027']) {
      const r = caseSchema.safeParse({ ...base, longStopDate: d });
      expect(r.success, d).toBe(false);
    }
    expect(isoDate.safeParse('2028-02-29').success).toBe(true);
  });

  it('refuses negative, non-numeric and inverted values at the right field', () => {
    const neg = caseSchema.safeParse({ ...base, valueLowM: '-1' });
    expect(neg.success).toBe(false);
    expect(neg.error?.issues[0].path).toEqual(['valueLowM']);
    expect(caseSchema.safeParse({ ...base, valueLowM: 'ten' }).success).toBe(false);
    const inverted = caseSchema.safeParse({ ...base, valueLowM: '12000', valueHighM: '8000' });
    expect(inverted.error?.issues[0].path).toEqual(['valueHighM']);
    expect(caseSchema.safeParse({ ...base, valueLowM: '8000.123' }).success).toBe(false);
  });

  it('keeps codenames safe for file names', () => {
    for (const c of ['../etc', 'a/b', 'x', 'CON:', 'name\u202E']) expect(caseSchema.safeParse({ ...base, codename: c }).success, c).toBe(false);
    expect(caseSchema.safeParse({ ...base, codename: 'COLOSSUS-2026_a' }).success).toBe(true);
  });

  it('accepts names in any script but never bidi overrides, zero-width characters or script tags', () => {
    for (const n of ['Ανθρωπική Α.Ε.', 'ООО Колосс', '深度求索', 'Société Générale — Zürich']) expect(partySchema.safeParse({ name: n, role: 'other' }).success, n).toBe(true);
    for (const n of ['abc\u202Edcb', 'zero\u200Bwidth', '<script>x</script>', 'nul\u0000byte', '   ']) expect(partySchema.safeParse({ name: n, role: 'other' }).success, JSON.stringify(n)).toBe(false);
  });

  it('normalises text to NFC so the same name compares equal', () => {
    expect(safeText(50, 'x').parse('Zu\u0308rich')).toBe('Zürich');
  });

  it('never throws on arbitrary input: it parses or reports issues', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(base)), fc.oneof(fc.string(), fc.integer(), fc.constant(null))), (input) => {
        const r = caseSchema.safeParse({ ...base, ...input });
        expect(typeof r.success).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('password change schema', () => {
  it('needs a long new password, typed twice, different from the old one', () => {
    expect(changePasswordSchema.safeParse({ currentPassword: 'old-password-1', newPassword: 'short', confirmPassword: 'short' }).success).toBe(false);
    expect(changePasswordSchema.safeParse({ currentPassword: 'old-password-1', newPassword: 'a-long-password-1', confirmPassword: 'a-long-password-2' }).error?.issues[0].path).toEqual(['confirmPassword']);
    expect(changePasswordSchema.safeParse({ currentPassword: 'same-password-123', newPassword: 'same-password-123', confirmPassword: 'same-password-123' }).success).toBe(false);
    expect(changePasswordSchema.safeParse({ currentPassword: 'old', newPassword: 'a-long-password-1', confirmPassword: 'a-long-password-1' }).success).toBe(true);
  });
});
