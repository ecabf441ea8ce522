import { describe, expect, it } from 'vitest';
import { mfaCodeSchema, mfaRolesSchema, signInSchema } from '@/lib/auth/schemas';

describe('two-step sign-in schemas, on what the browser sends', () => {
  it('needs a code, trimmed', () => {
    expect(mfaCodeSchema.safeParse({ code: '' }).success).toBe(false);
    expect(mfaCodeSchema.safeParse({ code: '   ' }).error?.issues[0].message).toBe('Enter the code from your authenticator app.');
    expect(mfaCodeSchema.parse({ code: ' 123 456 ' })).toEqual({ code: '123 456' });
  });

  it('sign-in takes no code, an empty one, or one', () => {
    expect(signInSchema.parse({ email: 'A@Firm.example', password: 'x' })).toEqual({ email: 'a@firm.example', password: 'x' });
    expect(signInSchema.parse({ email: 'a@firm.example', password: 'x', code: '' }).code).toBe('');
    expect(signInSchema.safeParse({ email: 'a@firm.example', password: 'x', code: 'x'.repeat(21) }).success).toBe(false);
  });

  it('roles: none, some, never an unknown one', () => {
    expect(mfaRolesSchema.parse({ roles: [] })).toEqual({ roles: [] });
    expect(mfaRolesSchema.parse({ roles: ['admin', 'auditor'] })).toEqual({ roles: ['admin', 'auditor'] });
    expect(mfaRolesSchema.safeParse({ roles: ['owner'] }).success).toBe(false);
    // react-hook-form: no box ticked is `false`, a lone box is a string; repeated values collapse.
    expect(mfaRolesSchema.parse({ roles: false })).toEqual({ roles: [] });
    expect(mfaRolesSchema.parse({ roles: 'auditor' })).toEqual({ roles: ['auditor'] });
    expect(mfaRolesSchema.parse({ roles: ['auditor', 'auditor'] })).toEqual({ roles: ['auditor'] });
    expect(mfaRolesSchema.safeParse({ roles: 'owner' }).success).toBe(false);
    expect(mfaRolesSchema.safeParse({ roles: 7 }).success).toBe(false);
  });
});
