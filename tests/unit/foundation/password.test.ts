import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';

describe('verifyPassword', () => {
  it('answers true or false for a real argon2 hash', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(stored, 'Correct horse battery staple')).toBe(false);
  });

  it('matches nothing for an account whose stored value is not a password hash', async () => {
    expect(await verifyPassword('', 'anything')).toBe(false);
    expect(await verifyPassword('!disabled', 'anything')).toBe(false);
  });

  it('throws, rather than reporting a wrong password, when the check itself fails', async () => {
    // A corrupted hash stands in for a broken binding: the failure must reach the caller, which
    // releases the throttle claim instead of counting a failure against the account.
    await expect(verifyPassword('$argon2id$v=19$m=19456,t=2,p=1$not-base64$also-not', 'x')).rejects.toThrow();
  });
});
