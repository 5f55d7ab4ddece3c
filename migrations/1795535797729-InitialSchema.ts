import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation schema: frameworks and their nodes, indicators (many-to-many with nodes), disaggregation
 * dimensions, cities with membership dates, yearly submissions and their observations.
 */
export class InitialSchema1795535797729 implements MigrationInterface {
  name = 'InitialSchema1795535797729';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "city" (
        "id" SERIAL NOT NULL,
        "slug" text NOT NULL,
        "name" text NOT NULL,
        "country_iso3" text NOT NULL,
        "country_name" text NOT NULL,
        "region" text NOT NULL,
        "population" integer,
        "population_year" smallint,
        "latitude" double precision,
        "longitude" double precision,
        "joined_on" date,
        "left_on" date,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "uq_city_slug" UNIQUE ("slug"),
        CONSTRAINT "ck_city_coordinates" CHECK (("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90) AND ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180)),
        CONSTRAINT "ck_city_membership" CHECK ("left_on" IS NULL OR "joined_on" IS NULL OR "left_on" >= "joined_on"),
        CONSTRAINT "ck_city_country_iso3" CHECK ("country_iso3" ~ '^[A-Z]{3}$'),
        CONSTRAINT "ck_city_region" CHECK ("region" IN ('AFR', 'ARB', 'APA', 'ENA', 'LAC')),
        CONSTRAINT "pk_city" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_city_country" ON "city" ("country_iso3")`);
    await queryRunner.query(`CREATE INDEX "ix_city_region" ON "city" ("region")`);
    await queryRunner.query(`
      CREATE TABLE "framework" (
        "code" text NOT NULL,
        "name" text NOT NULL,
        "description" text NOT NULL,
        "sort_order" smallint NOT NULL,
        CONSTRAINT "pk_framework" PRIMARY KEY ("code")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "framework_node" (
        "id" SERIAL NOT NULL,
        "framework_code" text NOT NULL,
        "parent_id" integer,
        "code" text NOT NULL,
        "name" text NOT NULL,
        "level" text NOT NULL,
        "sort_order" integer NOT NULL,
        CONSTRAINT "uq_framework_node_code" UNIQUE ("code"),
        CONSTRAINT "pk_framework_node" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_framework_node_parent" ON "framework_node" ("parent_id")`);
    await queryRunner.query(`
      CREATE TABLE "dimension" (
        "code" text NOT NULL,
        "name" text NOT NULL,
        "sort_order" smallint NOT NULL,
        CONSTRAINT "pk_dimension" PRIMARY KEY ("code")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "dimension_value" (
        "dimension_code" text NOT NULL,
        "code" text NOT NULL,
        "label" text NOT NULL,
        "sort_order" smallint NOT NULL,
        CONSTRAINT "pk_dimension_value" PRIMARY KEY ("dimension_code", "code")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "indicator" (
        "id" SERIAL NOT NULL,
        "code" text NOT NULL,
        "name" text NOT NULL,
        "definition" text NOT NULL,
        "unit" text NOT NULL,
        "unit_label" text NOT NULL,
        "direction" text NOT NULL,
        "decimals" smallint NOT NULL,
        "min_value" double precision,
        "max_value" double precision,
        "target_value" double precision,
        "target_year" smallint,
        "baseline_year" smallint,
        "best_bound" double precision,
        "worst_bound" double precision,
        "dimensions" text array NOT NULL,
        "aggregation" text NOT NULL,
        "sdg_series_code" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "uq_indicator_code" UNIQUE ("code"),
        CONSTRAINT "ck_indicator_range" CHECK ("min_value" IS NULL OR "max_value" IS NULL OR "min_value" <= "max_value"),
        CONSTRAINT "ck_indicator_decimals" CHECK ("decimals" BETWEEN 0 AND 6),
        CONSTRAINT "ck_indicator_aggregation" CHECK ("aggregation" IN ('sum', 'share', 'none')),
        CONSTRAINT "ck_indicator_direction" CHECK ("direction" IN ('higher', 'lower', 'target')),
        CONSTRAINT "pk_indicator" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "indicator_framework_node" (
        "indicator_id" integer NOT NULL,
        "node_id" integer NOT NULL,
        CONSTRAINT "pk_indicator_framework_node" PRIMARY KEY ("indicator_id", "node_id")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_indicator_framework_node_node" ON "indicator_framework_node" ("node_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "submission" (
        "id" SERIAL NOT NULL,
        "city_id" integer NOT NULL,
        "year" smallint NOT NULL,
        "status" text NOT NULL,
        "version" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "submitted_at" TIMESTAMP WITH TIME ZONE,
        "approved_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "uq_submission_city_year" UNIQUE ("city_id", "year"),
        CONSTRAINT "ck_submission_year" CHECK ("year" BETWEEN 2000 AND 2100),
        CONSTRAINT "ck_submission_status" CHECK ("status" IN ('draft', 'submitted', 'returned', 'approved')),
        CONSTRAINT "pk_submission" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "observation" (
        "id" BIGSERIAL NOT NULL,
        "submission_id" integer NOT NULL,
        "indicator_id" integer NOT NULL,
        "sex" text NOT NULL DEFAULT '_T',
        "age" text NOT NULL DEFAULT '_T',
        "urbanisation" text NOT NULL DEFAULT '_T',
        "disability_status" text NOT NULL DEFAULT '_T',
        "value" double precision,
        "status" text NOT NULL,
        "source" text,
        "comment" text,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "uq_observation_key" UNIQUE ("submission_id", "indicator_id", "sex", "age", "urbanisation", "disability_status"),
        CONSTRAINT "ck_observation_missing" CHECK (("status" = 'M') = ("value" IS NULL)),
        CONSTRAINT "ck_observation_status" CHECK ("status" IN ('A', 'E', 'P', 'M')),
        CONSTRAINT "pk_observation" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_observation_indicator" ON "observation" ("indicator_id")`);
    await queryRunner.query(`
      CREATE TABLE "app_setting" (
        "key" text NOT NULL,
        "value" jsonb NOT NULL,
        CONSTRAINT "pk_app_setting" PRIMARY KEY ("key")
      )
    `);
    await queryRunner.query(
      `ALTER TABLE "framework_node" ADD CONSTRAINT "fk_framework_node_framework" FOREIGN KEY ("framework_code") REFERENCES "framework"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_node" ADD CONSTRAINT "fk_framework_node_parent" FOREIGN KEY ("parent_id") REFERENCES "framework_node"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dimension_value" ADD CONSTRAINT "fk_dimension_value_dimension" FOREIGN KEY ("dimension_code") REFERENCES "dimension"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_framework_node" ADD CONSTRAINT "fk_indicator_framework_node_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_framework_node" ADD CONSTRAINT "fk_indicator_framework_node_node" FOREIGN KEY ("node_id") REFERENCES "framework_node"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission" ADD CONSTRAINT "fk_submission_city" FOREIGN KEY ("city_id") REFERENCES "city"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "observation" ADD CONSTRAINT "fk_observation_submission" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "observation" ADD CONSTRAINT "fk_observation_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "observation" DROP CONSTRAINT "fk_observation_indicator"`);
    await queryRunner.query(`ALTER TABLE "observation" DROP CONSTRAINT "fk_observation_submission"`);
    await queryRunner.query(`ALTER TABLE "submission" DROP CONSTRAINT "fk_submission_city"`);
    await queryRunner.query(
      `ALTER TABLE "indicator_framework_node" DROP CONSTRAINT "fk_indicator_framework_node_node"`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_framework_node" DROP CONSTRAINT "fk_indicator_framework_node_indicator"`,
    );
    await queryRunner.query(`ALTER TABLE "dimension_value" DROP CONSTRAINT "fk_dimension_value_dimension"`);
    await queryRunner.query(`ALTER TABLE "framework_node" DROP CONSTRAINT "fk_framework_node_parent"`);
    await queryRunner.query(`ALTER TABLE "framework_node" DROP CONSTRAINT "fk_framework_node_framework"`);
    await queryRunner.query(`DROP TABLE "app_setting"`);
    await queryRunner.query(`DROP INDEX "ix_observation_indicator"`);
    await queryRunner.query(`DROP TABLE "observation"`);
    await queryRunner.query(`DROP TABLE "submission"`);
    await queryRunner.query(`DROP INDEX "ix_indicator_framework_node_node"`);
    await queryRunner.query(`DROP TABLE "indicator_framework_node"`);
    await queryRunner.query(`DROP TABLE "indicator"`);
    await queryRunner.query(`DROP TABLE "dimension_value"`);
    await queryRunner.query(`DROP TABLE "dimension"`);
    await queryRunner.query(`DROP INDEX "ix_framework_node_parent"`);
    await queryRunner.query(`DROP TABLE "framework_node"`);
    await queryRunner.query(`DROP TABLE "framework"`);
    await queryRunner.query(`DROP INDEX "ix_city_region"`);
    await queryRunner.query(`DROP INDEX "ix_city_country"`);
    await queryRunner.query(`DROP TABLE "city"`);
  }
}
