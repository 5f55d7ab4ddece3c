import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Colour thresholds of the 0–100 score stored per indicator. All three or none are set (none means the
 * defaults), each within 0–100 and falling from achieved to yellow to orange, so the bands never overlap.
 */
export class IndicatorScoreBands1795540300000 implements MigrationInterface {
  name = 'IndicatorScoreBands1795540300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "indicator"
        ADD "band_achieved" double precision,
        ADD "band_yellow" double precision,
        ADD "band_orange" double precision,
        ADD CONSTRAINT "ck_indicator_score_bands" CHECK (
          ("band_achieved" IS NULL AND "band_yellow" IS NULL AND "band_orange" IS NULL)
          OR ("band_achieved" <= 100 AND "band_achieved" > "band_yellow" AND "band_yellow" > "band_orange" AND "band_orange" >= 0)
        )
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "indicator"
        DROP CONSTRAINT "ck_indicator_score_bands",
        DROP COLUMN "band_orange",
        DROP COLUMN "band_yellow",
        DROP COLUMN "band_achieved"
    `);
  }
}
