/**
 * What the benchmarks share: the real app, without demo data, on a throw-away embedded PostgreSQL in a
 * scratch directory, listening on a free local port.
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { loadConfig } from '../config/app-config';
import { createApp } from '../create-app';
import { startEmbeddedDatabase } from '../database/embedded-database';

export interface BenchApp {
  /** Connection string of the embedded database, for the benchmark's own SQL. */
  databaseUrl: string;
  /** Scratch directory for the benchmark's files; removed with the database by `stop`. */
  workDir: string;
  app: NestExpressApplication;
  /** Where the app listens, e.g. `http://127.0.0.1:41234`. */
  base: string;
  /** Closes the app, stops the database and removes the scratch directory. Close your own connections first. */
  stop: () => Promise<void>;
}

/** Starts the database and the app; `name` goes into the scratch directory's name. */
export async function startBenchApp(name: string): Promise<BenchApp> {
  const workDir = await mkdtemp(path.join(tmpdir(), `lcm-${name}-bench-`));
  const database = await startEmbeddedDatabase({ dataDir: path.join(workDir, 'db') });
  const removeAll = async () => {
    await database.stop();
    await rm(workDir, { recursive: true, force: true });
  };
  let app: NestExpressApplication;
  try {
    await withoutDurability(database.url);
    app = await createApp(
      { ...loadConfig({}), databaseUrl: database.url, demoData: false, webDistDir: null },
      { quiet: true },
    );
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await removeAll();
    throw error;
  }
  return {
    databaseUrl: database.url,
    workDir,
    app,
    base: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`,
    stop: async () => {
      await app.close();
      await removeAll();
    },
  };
}

/** Throw-away data: durability would only slow the benchmark's loading down, for the app and SQL alike. */
async function withoutDurability(databaseUrl: string): Promise<void> {
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    await sql.query('ALTER SYSTEM SET fsync = off');
    await sql.query('ALTER SYSTEM SET synchronous_commit = off');
    await sql.query('SELECT pg_reload_conf()');
  } finally {
    await sql.end();
  }
}

/** Rounds to `digits` decimals, for the summary line. */
export const round = (value: number, digits = 0): number => Math.round(value * 10 ** digits) / 10 ** digits;
