import { hash, verify } from '@node-rs/argon2';

/** argon2id (algorithm 2) with the library's defaults: 19 MiB, 2 passes, as OWASP recommends. */
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A valid hash of a random password, checked when the e-mail is unknown so that an unknown e-mail
 * and a wrong password take the same time to answer.
 */
export const DECOY_PASSWORD_HASH = hash(`decoy-${Math.random()}`, { algorithm: ARGON2ID });
