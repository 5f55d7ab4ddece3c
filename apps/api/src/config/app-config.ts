import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** Settings read once at boot from the environment; see `.env.example` and the README table. */
export interface AppConfig {
  port: number;
  /** External PostgreSQL; when absent an embedded server is started under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /** Seed synthetic demo values into an empty database. */
  demoData: boolean;
  production: boolean;
  /** Built web app to serve at `/`, or null to serve the API only. */
  webDistDir: string | null;
  /** Largest accepted JSON body, e.g. `1mb`. */
  bodyLimit: string;
  /** Signs access tokens. From AUTH_SECRET; outside production a fresh random one per start is fine. */
  authSecret: Buffer;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** Sign-in attempts one client address may make in ten minutes. */
  loginAttemptsPerWindow: number;
  /** Base URL for links in e-mails (invitations); null = taken from the request. */
  publicUrl: string | null;
  /** SMTP server for invitations and reminders, e.g. smtp://user:pass@host:587; null = show links instead. */
  smtpUrl: string | null;
  /** Other sites whose pages may call the API from a browser (CORS); empty = same origin only. */
  corsOrigins: string[];
}

export class ConfigError extends Error {}

/** The repository root, from both `src/config` (tests) and `dist/config` (built). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got '${raw}'`);
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got '${raw}'`);
  }
  return port;
}

function parseDatabaseUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (!/^postgres(ql)?:\/\//.test(raw)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// connection URL');
  }
  return raw;
}

function parseAuthSecret(raw: string | undefined, production: boolean): Buffer {
  if (raw === undefined || raw === '') {
    if (production)
      throw new ConfigError('AUTH_SECRET must be set in production (at least 32 random characters)');
    return randomBytes(32);
  }
  if (raw.length < 32) throw new ConfigError('AUTH_SECRET must be at least 32 characters long');
  return Buffer.from(raw, 'utf8');
}

function parsePositiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new ConfigError(`${name} must be a positive whole number, got '${raw}'`);
  return value;
}

/** One origin such as `https://gnlc.example.org`: scheme, host and port, nothing more. */
function parseOrigin(raw: string): string {
  const origin = raw.trim().replace(/\/$/, '');
  let valid: boolean;
  try {
    const url = new URL(origin);
    valid = /^https?:$/.test(url.protocol) && url.origin === origin;
  } catch {
    valid = false;
  }
  if (!valid)
    throw new ConfigError(`CORS_ORIGINS must list origins such as https://example.org, got '${raw}'`);
  return origin;
}

/** Comma-separated origins; empty means none. */
function parseOrigins(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .filter((origin) => origin.trim() !== '')
    .map(parseOrigin);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = parseDatabaseUrl(env.DATABASE_URL);
  // The embedded server is for one machine and demos; production runs on a managed PostgreSQL.
  if (production && !databaseUrl) throw new ConfigError('DATABASE_URL must be set in production');
  const webDistDir = env.WEB_DIST_DIR ?? path.join(REPO_ROOT, 'apps', 'web', 'dist');
  return {
    port: parsePort(env.PORT),
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR || path.join(REPO_ROOT, '.data')),
    demoData: parseBoolean('DEMO_DATA', env.DEMO_DATA, !production),
    production,
    webDistDir: webDistDir === '' ? null : webDistDir,
    bodyLimit: env.BODY_LIMIT || '2mb',
    authSecret: parseAuthSecret(env.AUTH_SECRET, production),
    accessTokenTtlSeconds: parsePositiveInteger(
      'ACCESS_TOKEN_TTL_SECONDS',
      env.ACCESS_TOKEN_TTL_SECONDS,
      900,
    ),
    refreshTokenTtlDays: parsePositiveInteger('REFRESH_TOKEN_TTL_DAYS', env.REFRESH_TOKEN_TTL_DAYS, 14),
    loginAttemptsPerWindow: parsePositiveInteger(
      'LOGIN_ATTEMPTS_PER_10_MIN',
      env.LOGIN_ATTEMPTS_PER_10_MIN,
      20,
    ),
    publicUrl: env.PUBLIC_URL || null,
    smtpUrl: env.SMTP_URL || null,
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
  };
}
