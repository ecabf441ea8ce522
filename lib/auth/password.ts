import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

// argon2id (the library's default algorithm) with OWASP's minimum memory cost.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string) {
  return hash(password, OPTIONS);
}

/**
 * A stored value that is not an argon2 hash (an account created without a password) matches
 * nothing. Any other failure — a broken argon2 binding, memory exhausted — is thrown, not read as
 * "wrong password": the caller then releases the attempt instead of counting it toward lock-out,
 * and the person is told sign-in is unavailable rather than that they mistyped.
 */
export async function verifyPassword(passwordHash: string, password: string) {
  if (!passwordHash.startsWith('$argon2')) return false;
  return verify(passwordHash, password);
}

let dummy: Promise<string> | undefined;
/** Spends the same time as a real check, so an unknown email cannot be told apart by timing. */
export async function burnPasswordCheck(password: string) {
  dummy ??= hashPassword('dummy-password-for-timing');
  await verifyPassword(await dummy, password);
}

/** A readable one-time password: 20 characters from an unambiguous alphabet. */
export function generatePassword(length = 20) {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
