import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { createApp } from '../create-app';

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  databaseUrl: string;
  /** A supertest agent bound to the running app. */
  http(): ReturnType<typeof request>;
  /** Stops the app and starts a new one on the same database, as a restart would. */
  restart(): Promise<TestApp>;
  /** Stops the app and drops its database. */
  close(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.LCM_TEST_ADMIN_URL;
  if (!url)
    throw new Error(
      'LCM_TEST_ADMIN_URL is not set: run the API tests through jest (global-setup starts PostgreSQL)',
    );
  return url;
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function startApp(databaseUrl: string, demoData: boolean, dropOnClose: string): Promise<TestApp> {
  const config = loadConfig({});
  // Every test signs in from the same address; the per-address limit has its own test.
  const app = await createApp(
    { ...config, databaseUrl, demoData, webDistDir: null, loginAttemptsPerWindow: 100_000 },
    { quiet: true },
  );
  await app.init();
  return {
    app,
    dataSource: app.get(DataSource),
    databaseUrl,
    http: () => request(app.getHttpServer()),
    restart: async () => {
      await app.close();
      return startApp(databaseUrl, demoData, dropOnClose);
    },
    close: async () => {
      await app.close();
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${dropOnClose} WITH (FORCE)`));
    },
  };
}

/**
 * A running app on a database of its own, created on the run's PostgreSQL, migrated and seeded
 * with the reference data (frameworks, indicators, cities); demo values only when asked for.
 */
export async function createTestApp(options: { demoData?: boolean } = {}): Promise<TestApp> {
  const name = `lcm_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return startApp(url.toString(), options.demoData ?? false, name);
}
