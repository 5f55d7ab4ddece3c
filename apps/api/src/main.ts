import { Logger } from '@nestjs/common';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './create-app';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded-database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo/demo-accounts';

/** The server's own messages go to a file beside its data, to keep the console for the product's. */
async function startEmbeddedPostgresWithLogFile(dataDir: string): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const logFile = createWriteStream(path.join(dataDir, 'postgres.log'), { flags: 'a' });
  const database = await startEmbeddedDatabase({ dataDir, log: (message) => logFile.write(`${message}\n`) });
  return {
    url: database.url,
    stop: async () => {
      await database.stop();
      logFile.end();
    },
  };
}

function printDemoAccounts(logger: Logger): void {
  const lines = DEMO_ACCOUNTS.map((account) => `  ${account.email.padEnd(32)} ${account.role}`);
  logger.log(`Demo accounts (password "${DEMO_PASSWORD}"):\n${lines.join('\n')}`);
}

/** `npm start`: one process serving the web app and the API, on an embedded PostgreSQL unless DATABASE_URL is set. */
async function main(): Promise<void> {
  const logger = new Logger('Main');
  const config = loadConfig();
  const database = config.databaseUrl
    ? { url: config.databaseUrl, stop: () => Promise.resolve() }
    : await startEmbeddedPostgresWithLogFile(config.dataDir);
  if (!config.databaseUrl)
    logger.log(`Embedded PostgreSQL started; data and postgres.log in ${config.dataDir}`);

  const app = await createApp({ ...config, databaseUrl: database.url });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, shutting down`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, (s) => void stop(s));

  await app.listen(config.port);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.log(`Learning Cities Monitor listening on http://localhost:${port} (API docs: /api/docs)`);
  if (config.demoData) printDemoAccounts(logger);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
