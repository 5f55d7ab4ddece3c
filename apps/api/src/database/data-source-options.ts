import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@lcm/migrations';
import { ENTITIES } from './entities';

/** One definition of the connection, used by the app, the CLI and the drift check. The schema only ever changes through migrations. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}
