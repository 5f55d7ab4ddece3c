import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { checkSchemaDrift } from './schema-drift';

describe('migrations', () => {
  it('create exactly the schema the entities describe, and every down reverts its up', async () => {
    const admin = new Client({ connectionString: process.env.LCM_TEST_ADMIN_URL });
    await admin.connect();
    const name = `lcm_drift_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(process.env.LCM_TEST_ADMIN_URL!);
      url.pathname = `/${name}`;
      expect(await checkSchemaDrift(url.toString())).toEqual({
        missingFromMigrations: [],
        leftAfterRevert: [],
      });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
