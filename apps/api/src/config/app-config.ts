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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const webDistDir = env.WEB_DIST_DIR ?? path.join(REPO_ROOT, 'apps', 'web', 'dist');
  return {
    port: parsePort(env.PORT),
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    dataDir: path.resolve(env.DATA_DIR || path.join(REPO_ROOT, '.data')),
    demoData: parseBoolean('DEMO_DATA', env.DEMO_DATA, !production),
    production,
    webDistDir: webDistDir === '' ? null : webDistDir,
    bodyLimit: env.BODY_LIMIT || '2mb',
  };
}
