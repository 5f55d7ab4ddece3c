import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Analytics: cities' own targets (local targets), saved peer groups, and the read tables the analytics
 * answer from. The read tables hold approved headline values only and are kept up to date when a
 * submission is approved or reopened (a city-year at a time, in the same transaction), so that no
 * analytics request scans the observations. They are filled here from the data already approved.
 */
export class Analytics1795540200000 implements MigrationInterface {
  name = 'Analytics1795540200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "local_target" (
        "id" SERIAL NOT NULL,
        "city_id" integer NOT NULL,
        "indicator_id" integer NOT NULL,
        "target_value" double precision NOT NULL,
        "target_year" smallint NOT NULL,
        "status" text NOT NULL,
        "note" text,
        "proposed_by" uuid NOT NULL,
        "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "decided_by" uuid,
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "decision_note" text,
        CONSTRAINT "ck_local_target_status" CHECK ("status" IN ('proposed', 'confirmed', 'rejected')),
        CONSTRAINT "ck_local_target_year" CHECK ("target_year" BETWEEN 2000 AND 2100),
        CONSTRAINT "ck_local_target_decision" CHECK (("status" = 'proposed') = ("decided_at" IS NULL)),
        CONSTRAINT "pk_local_target" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_local_target_city_indicator" ON "local_target" ("city_id", "indicator_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "local_target" ADD CONSTRAINT "fk_local_target_city" FOREIGN KEY ("city_id") REFERENCES "city"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "local_target" ADD CONSTRAINT "fk_local_target_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "local_target" ADD CONSTRAINT "fk_local_target_proposer" FOREIGN KEY ("proposed_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "local_target" ADD CONSTRAINT "fk_local_target_decider" FOREIGN KEY ("decided_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`
      CREATE TABLE "peer_group" (
        "id" SERIAL NOT NULL,
        "owner_id" uuid NOT NULL,
        "name" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "uq_peer_group_owner_name" UNIQUE ("owner_id", "name"),
        CONSTRAINT "pk_peer_group" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "peer_group_member" (
        "peer_group_id" integer NOT NULL,
        "city_id" integer NOT NULL,
        CONSTRAINT "pk_peer_group_member" PRIMARY KEY ("peer_group_id", "city_id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_peer_group_member_city" ON "peer_group_member" ("city_id")`);
    await queryRunner.query(
      `ALTER TABLE "peer_group" ADD CONSTRAINT "fk_peer_group_owner" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_member" ADD CONSTRAINT "fk_peer_group_member_group" FOREIGN KEY ("peer_group_id") REFERENCES "peer_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_group_member" ADD CONSTRAINT "fk_peer_group_member_city" FOREIGN KEY ("city_id") REFERENCES "city"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Approved headline values (every dimension `_T`), one per city × indicator × year.
    await queryRunner.query(`
      CREATE TABLE "analytics_value" (
        "indicator_id" integer NOT NULL,
        "city_id" integer NOT NULL,
        "year" smallint NOT NULL,
        "value" double precision NOT NULL,
        "status" text NOT NULL,
        CONSTRAINT "pk_analytics_value" PRIMARY KEY ("indicator_id", "year", "city_id")
      )
    `);
    // Covering (value and status in the key), so that city and peer-group reads never touch the table.
    await queryRunner.query(
      `CREATE INDEX "ix_analytics_value_city" ON "analytics_value" ("city_id", "indicator_id", "year", "value", "status")`,
    );
    // The latest approved headline value per city × indicator: what rankings compare.
    await queryRunner.query(`
      CREATE TABLE "analytics_latest" (
        "indicator_id" integer NOT NULL,
        "city_id" integer NOT NULL,
        "year" smallint NOT NULL,
        "value" double precision NOT NULL,
        "status" text NOT NULL,
        CONSTRAINT "pk_analytics_latest" PRIMARY KEY ("indicator_id", "city_id")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_analytics_latest_city" ON "analytics_latest" ("city_id", "indicator_id", "value")`,
    );
    // Spread of each indicator's approved headline values across cities, per year.
    await queryRunner.query(`
      CREATE TABLE "analytics_distribution" (
        "indicator_id" integer NOT NULL,
        "year" smallint NOT NULL,
        "cities" integer NOT NULL,
        "min" double precision NOT NULL,
        "q1" double precision NOT NULL,
        "median" double precision NOT NULL,
        "q3" double precision NOT NULL,
        "max" double precision NOT NULL,
        CONSTRAINT "pk_analytics_distribution" PRIMARY KEY ("indicator_id", "year")
      )
    `);
    for (const table of ['analytics_value', 'analytics_latest', 'analytics_distribution']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "fk_${table}_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
    }
    for (const table of ['analytics_value', 'analytics_latest']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "fk_${table}_city" FOREIGN KEY ("city_id") REFERENCES "city"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
    }

    await queryRunner.query(`
      INSERT INTO "analytics_value" ("indicator_id", "city_id", "year", "value", "status")
      SELECT o.indicator_id, s.city_id, s.year, o.value, o.status
      FROM observation o JOIN submission s ON s.id = o.submission_id
      WHERE s.status = 'approved' AND o.value IS NOT NULL
        AND o.sex = '_T' AND o.age = '_T' AND o.urbanisation = '_T' AND o.disability_status = '_T'
    `);
    await queryRunner.query(`
      INSERT INTO "analytics_latest" ("indicator_id", "city_id", "year", "value", "status")
      SELECT DISTINCT ON (indicator_id, city_id) indicator_id, city_id, year, value, status
      FROM analytics_value ORDER BY indicator_id, city_id, year DESC
    `);
    await queryRunner.query(`
      INSERT INTO "analytics_distribution" ("indicator_id", "year", "cities", "min", "q1", "median", "q3", "max")
      SELECT indicator_id, year, count(*), min(value),
             percentile_cont(0.25) WITHIN GROUP (ORDER BY value),
             percentile_cont(0.5) WITHIN GROUP (ORDER BY value),
             percentile_cont(0.75) WITHIN GROUP (ORDER BY value), max(value)
      FROM analytics_value GROUP BY indicator_id, year
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['analytics_value', 'analytics_latest']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "fk_${table}_city"`);
    }
    for (const table of ['analytics_value', 'analytics_latest', 'analytics_distribution']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "fk_${table}_indicator"`);
    }
    await queryRunner.query(`DROP TABLE "analytics_distribution"`);
    await queryRunner.query(`DROP INDEX "ix_analytics_latest_city"`);
    await queryRunner.query(`DROP TABLE "analytics_latest"`);
    await queryRunner.query(`DROP INDEX "ix_analytics_value_city"`);
    await queryRunner.query(`DROP TABLE "analytics_value"`);
    await queryRunner.query(`ALTER TABLE "peer_group_member" DROP CONSTRAINT "fk_peer_group_member_city"`);
    await queryRunner.query(`ALTER TABLE "peer_group_member" DROP CONSTRAINT "fk_peer_group_member_group"`);
    await queryRunner.query(`ALTER TABLE "peer_group" DROP CONSTRAINT "fk_peer_group_owner"`);
    await queryRunner.query(`DROP INDEX "ix_peer_group_member_city"`);
    await queryRunner.query(`DROP TABLE "peer_group_member"`);
    await queryRunner.query(`DROP TABLE "peer_group"`);
    await queryRunner.query(`ALTER TABLE "local_target" DROP CONSTRAINT "fk_local_target_decider"`);
    await queryRunner.query(`ALTER TABLE "local_target" DROP CONSTRAINT "fk_local_target_proposer"`);
    await queryRunner.query(`ALTER TABLE "local_target" DROP CONSTRAINT "fk_local_target_indicator"`);
    await queryRunner.query(`ALTER TABLE "local_target" DROP CONSTRAINT "fk_local_target_city"`);
    await queryRunner.query(`DROP INDEX "ix_local_target_city_indicator"`);
    await queryRunner.query(`DROP TABLE "local_target"`);
  }
}
