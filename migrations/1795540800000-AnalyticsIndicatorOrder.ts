import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lays the analytics read tables out for their most frequent question, one indicator across a peer
 * group of hundreds of cities:
 * - analytics_value gets a covering index by indicator, then city, so that the group's values are one
 *   short range of the index rather than one descent per city into the index by city;
 * - analytics_latest, whose rows carry the stored progress (about 1 kB each), is rewritten in its
 *   primary-key order (indicator, city) so that one indicator's rows sit together on few pages, and half
 *   of each page is left free so that the refresh, which updates rows in place, finds room for a row's
 *   new version on its own page instead of moving it to the end of the table.
 */
export class AnalyticsIndicatorOrder1795540800000 implements MigrationInterface {
  name = 'AnalyticsIndicatorOrder1795540800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_analytics_value_indicator_city" ON "analytics_value" ("indicator_id", "city_id", "year", "value", "status")`,
    );
    await queryRunner.query(`ALTER TABLE "analytics_latest" SET (fillfactor = 50)`);
    await queryRunner.query(`CLUSTER "analytics_latest" USING "pk_analytics_latest"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "analytics_latest" SET WITHOUT CLUSTER`);
    await queryRunner.query(`ALTER TABLE "analytics_latest" RESET (fillfactor)`);
    await queryRunner.query(`DROP INDEX "ix_analytics_value_indicator_city"`);
  }
}
