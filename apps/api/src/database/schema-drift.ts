import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

export interface DriftReport {
  /** SQL the entities would still need after all migrations ran: empty when they agree. */
  missingFromMigrations: string[];
  /** Tables left behind after every migration was reverted: empty when each `down` is real. */
  leftAfterRevert: string[];
}

/**
 * Migrates an empty database, asks TypeORM what the entities would still change, then reverts every
 * migration and checks nothing of ours is left. Run on a scratch database only.
 */
export async function checkSchemaDrift(scratchUrl: string): Promise<DriftReport> {
  const dataSource = new DataSource(dataSourceOptions(scratchUrl));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const log = await dataSource.driver.createSchemaBuilder().log();
    const missingFromMigrations = log.upQueries.map((q) => q.query);
    // Newest first, each `down` in turn.
    for (const _migration of dataSource.migrations)
      await dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await dataSource.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_name <> 'schema_migration'`,
    );
    return { missingFromMigrations, leftAfterRevert: tables.map((t) => t.table_name) };
  } finally {
    await dataSource.destroy();
  }
}
