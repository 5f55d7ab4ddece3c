import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each city's progress per indicator, stored beside its latest approved value: against the global target
 * (`progress`) and against the city's confirmed local target (`local_progress`, null without one), each
 * keyed by progress method. Written by the API whenever the values, the indicator's target or valid range,
 * or the city's local target change. Rows of an existing database are filled when the API next starts,
 * so the columns stay nullable.
 */
export class AnalyticsProgressCache1795540400000 implements MigrationInterface {
  name = 'AnalyticsProgressCache1795540400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "analytics_latest" ADD "progress" jsonb, ADD "local_progress" jsonb`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "analytics_latest" DROP COLUMN "local_progress", DROP COLUMN "progress"`,
    );
  }
}
