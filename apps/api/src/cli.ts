import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline/promises';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIN_PASSWORD_LENGTH } from '@lcm/contracts';
import { hashPassword } from './auth/passwords';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { createApp } from './create-app';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded-database';
import { dataSourceOptions } from './database/data-source-options';
import { checkSchemaDrift } from './database/schema-drift';

/** The configured database: the external one, or the embedded one under DATA_DIR. */
async function openDatabase(config: AppConfig): Promise<EmbeddedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: () => Promise.resolve() };
  return startEmbeddedDatabase({ dataDir: config.dataDir });
}

/** `npm run db:reset`: empties the database, then migrates and seeds it as on a first start. */
async function resetDatabase(config: AppConfig): Promise<void> {
  const database = await openDatabase(config);
  try {
    const dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    await dataSource.query('DROP SCHEMA public CASCADE');
    await dataSource.query('CREATE SCHEMA public');
    await dataSource.destroy();
    const app = await createApp({ ...config, databaseUrl: database.url, webDistDir: null });
    await app.init();
    await app.close();
    console.log('Database reset: migrated and seeded afresh.');
  } finally {
    await database.stop();
  }
}

/** `db:migrate`: applies pending migrations only, as a release step before replicas start. */
async function migrateDatabase(config: AppConfig): Promise<void> {
  const database = await openDatabase(config);
  try {
    const dataSource = new DataSource(dataSourceOptions(database.url));
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    await dataSource.destroy();
    console.log(
      applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.',
    );
  } finally {
    await database.stop();
  }
}

/** A throw-away database next to the configured server (or a throw-away embedded server). */
async function scratchDatabase(config: AppConfig): Promise<EmbeddedDatabase> {
  if (!config.databaseUrl) {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'lcm-drift-'));
    const database = await startEmbeddedDatabase({ dataDir });
    return {
      url: database.url,
      stop: async () => {
        await database.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `lcm_drift_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: config.databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(config.databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    stop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** `npm run db:drift`: fails when entities and migrations disagree, or a `down` leaves tables behind. */
async function checkDrift(config: AppConfig): Promise<boolean> {
  const scratch = await scratchDatabase(config);
  try {
    const report = await checkSchemaDrift(scratch.url);
    if (report.missingFromMigrations.length > 0) {
      console.error('Schema drift: the entities need changes that no migration makes:');
      for (const sql of report.missingFromMigrations) console.error(`  ${sql};`);
    }
    if (report.leftAfterRevert.length > 0) {
      console.error(`Reverting every migration left tables behind: ${report.leftAfterRevert.join(', ')}`);
    }
    const clean = report.missingFromMigrations.length === 0 && report.leftAfterRevert.length === 0;
    if (clean)
      console.log('No migration drift: entities and migrations agree, and every migration reverts cleanly.');
    return clean;
  } finally {
    await scratch.stop();
  }
}

/** Reads a value from the environment, or asks for it on a terminal. */
async function ask(question: string, envName: string): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new ConfigError(`${envName} must be set when no terminal is attached`);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await prompt.question(question)).trim();
  } finally {
    prompt.close();
  }
}

/**
 * `create-admin`: the first administrator of a production installation (which has no demo accounts).
 * ADMIN_EMAIL, ADMIN_NAME and ADMIN_PASSWORD may come from the environment; otherwise they are asked for.
 */
async function createAdmin(config: AppConfig): Promise<void> {
  const email = (await ask('Administrator e-mail: ', 'ADMIN_EMAIL')).toLowerCase();
  const displayName = await ask('Name: ', 'ADMIN_NAME');
  const password = await ask(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `, 'ADMIN_PASSWORD');
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new ConfigError('ADMIN_EMAIL must be an e-mail address');
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new ConfigError(`ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const database = await openDatabase(config);
  try {
    const dataSource = new DataSource(dataSourceOptions(database.url));
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'all' });
    await dataSource.query(
      `INSERT INTO app_user (email, display_name, role, password_hash) VALUES ($1, $2, 'admin', $3)
       ON CONFLICT ON CONSTRAINT uq_app_user_email DO UPDATE SET role = 'admin', password_hash = EXCLUDED.password_hash, active = true`,
      [email, displayName || email, await hashPassword(password)],
    );
    await dataSource.destroy();
    console.log(`Administrator ${email} is ready to sign in.`);
  } finally {
    await database.stop();
  }
}

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  switch (command) {
    case 'db:reset':
      await resetDatabase(config);
      return 0;
    case 'db:migrate':
      await migrateDatabase(config);
      return 0;
    case 'create-admin':
      await createAdmin(config);
      return 0;
    case 'db:drift':
      return (await checkDrift(config)) ? 0 : 1;
    default:
      console.error('Usage: node apps/api/dist/cli.js <db:migrate | db:reset | db:drift | create-admin>');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
    process.exit(1);
  },
);
