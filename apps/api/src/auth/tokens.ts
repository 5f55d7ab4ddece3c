import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from '@lcm/contracts';

/** What an access token says about its holder. */
export interface AccessClaims {
  sub: string;
  role: Role;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/** A compact HS256 JWT: short-lived, so it is never stored and never revoked individually. */
export function signAccessToken(claims: AccessClaims, secret: Buffer): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createHmac('sha256', secret).update(`${HEADER}.${payload}`).digest('base64url');
  return `${HEADER}.${payload}.${signature}`;
}

export type TokenProblem = 'malformed' | 'bad-signature' | 'expired';

export function verifyAccessToken(
  token: string,
  secret: Buffer,
  nowSeconds: number,
): { claims: AccessClaims } | { problem: TokenProblem } {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) return { problem: 'malformed' };
  const [, payload = '', signature = ''] = parts;
  const expected = createHmac('sha256', secret).update(`${HEADER}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { problem: 'bad-signature' };
  let claims: Partial<AccessClaims>;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<AccessClaims>;
  } catch {
    return { problem: 'malformed' };
  }
  if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number' || !ROLES.includes(claims.role!)) {
    return { problem: 'malformed' };
  }
  if (claims.exp <= nowSeconds) return { problem: 'expired' };
  return { claims: claims as AccessClaims };
}

/** Personal API tokens carry a recognisable prefix, so a leaked one is easy to spot in logs or code. */
export const API_TOKEN_PREFIX = 'lcm_pat_';

/** A random secret for cookies, invitations and API tokens; only its SHA-256 is stored. */
export function newOpaqueToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
