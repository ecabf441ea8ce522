import { describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import { hashRecoveryCode, looksLikeRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, otpauthUri } from '@/lib/auth/mfa/totp';

const codeAt = (secret: string, t: number) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: t });

describe('TOTP', () => {
  it('matches RFC 6238’s SHA-1 test vector (T = 59 s → 94287082, last six digits)', () => {
    const rfcSecret = new Secret({ buffer: new TextEncoder().encode('12345678901234567890').buffer as ArrayBuffer }).base32;
    expect(matchTotp(rfcSecret, '287082', 59_000)).toBe(1);
  });

  it('accepts the current code and one step either side, and names the step', () => {
    const secret = newTotpSecret();
    const now = 1_796_000_000_000;
    const step = Math.floor(now / 30_000);
    expect(matchTotp(secret, codeAt(secret, now), now)).toBe(step);
    expect(matchTotp(secret, codeAt(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchTotp(secret, codeAt(secret, now + 30_000), now)).toBe(step + 1);
    expect(matchTotp(secret, codeAt(secret, now - 90_000), now)).toBeNull();
    expect(matchTotp(secret, 'abcdef', now)).toBeNull();
    expect(matchTotp(secret, ` ${codeAt(secret, now).slice(0, 3)} ${codeAt(secret, now).slice(3)} `, now)).toBe(step);
  });

  it('builds the otpauth address apps scan', () => {
    expect(otpauthUri('JBSWY3DPEHPK3PXP', 'a@firm.example')).toMatch(/^otpauth:\/\/totp\/Merger%20Review:a%40firm\.example\?.*secret=JBSWY3DPEHPK3PXP/);
  });

  it('makes distinct recovery codes and hashes them regardless of case and spaces', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(looksLikeRecoveryCode(c)).toBe(true);
    expect(hashRecoveryCode(codes[0].toUpperCase() + ' ')).toBe(hashRecoveryCode(codes[0]));
  });
});
