import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * File imports: the label mappings that translate file labels to codes, import jobs with their dry-run
 * counts, the problems of rejected rows, and the original wording of non-plain years on each value.
 * Each job's candidate rows live in a table of their own in the `import_staging` schema while the job
 * waits for confirmation; those tables are created and dropped by the importer, never by migrations.
 */
export class DataExchange1795540700000 implements MigrationInterface {
  name = 'DataExchange1795540700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "observation" ADD "time_detail" text`);
    await queryRunner.query(`
      CREATE TABLE "label_mapping" (
        "id" SERIAL NOT NULL,
        "kind" text NOT NULL,
        "label" text NOT NULL,
        "label_key" text NOT NULL,
        "dimension" text NOT NULL,
        "code" text,
        CONSTRAINT "uq_label_mapping_key" UNIQUE ("kind", "dimension", "label_key"),
        CONSTRAINT "ck_label_mapping_kind" CHECK ("kind" IN ('column', 'value')),
        CONSTRAINT "ck_label_mapping_dimension" CHECK ("dimension" IN ('SEX', 'AGE', 'URBANISATION', 'DISABILITY_STATUS', 'OBS_STATUS', 'UNIT_MEASURE', 'UNIT_MULT', 'SERIES', 'COMMENT', 'SOURCE', 'REF_AREA')),
        CONSTRAINT "ck_label_mapping_code" CHECK (("kind" = 'value') = ("code" IS NOT NULL)),
        CONSTRAINT "pk_label_mapping" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "import_job" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "city_id" integer NOT NULL,
        "user_id" uuid NOT NULL,
        "created_by_label" text NOT NULL,
        "file_name" text NOT NULL,
        "file_hash" text NOT NULL,
        "file_bytes" bigint NOT NULL,
        "format" text,
        "status" text NOT NULL,
        "default_year" smallint,
        "indicator_code" text,
        "indicator_choice_needed" boolean NOT NULL DEFAULT false,
        "rows_processed" integer NOT NULL DEFAULT '0',
        "bytes_processed" bigint NOT NULL DEFAULT '0',
        "row_count" integer NOT NULL DEFAULT '0',
        "accepted_count" integer NOT NULL DEFAULT '0',
        "rejected_count" integer NOT NULL DEFAULT '0',
        "conflicting_count" integer NOT NULL DEFAULT '0',
        "new_count" integer NOT NULL DEFAULT '0',
        "changed_count" integer NOT NULL DEFAULT '0',
        "unchanged_count" integer NOT NULL DEFAULT '0',
        "deleted_count" integer NOT NULL DEFAULT '0',
        "problem_count" integer NOT NULL DEFAULT '0',
        "years" smallint array NOT NULL DEFAULT '{}',
        "submission_versions" jsonb NOT NULL DEFAULT '{}',
        "problem" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "dry_run_finished_at" TIMESTAMP WITH TIME ZONE,
        "committed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "ck_import_job_status" CHECK ("status" IN ('queued', 'dry-running', 'ready', 'committing', 'committed', 'failed', 'cancelled')),
        CONSTRAINT "ck_import_job_format" CHECK ("format" IN ('template-csv', 'template-xlsx', 'open-sdg-csv', 'sdmx-csv-1', 'sdmx-csv-2')),
        CONSTRAINT "pk_import_job" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_import_job_user" ON "import_job" ("user_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "ix_import_job_city" ON "import_job" ("city_id")`);
    await queryRunner.query(`
      CREATE TABLE "import_problem" (
        "id" BIGSERIAL NOT NULL,
        "job_id" uuid NOT NULL,
        "row" integer NOT NULL,
        "column_name" text,
        "reason" text NOT NULL,
        CONSTRAINT "pk_import_problem" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_import_problem_job" ON "import_problem" ("job_id", "row")`);
    await queryRunner.query(
      `ALTER TABLE "import_job" ADD CONSTRAINT "fk_import_job_city" FOREIGN KEY ("city_id") REFERENCES "city"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_job" ADD CONSTRAINT "fk_import_job_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_problem" ADD CONSTRAINT "fk_import_problem_job" FOREIGN KEY ("job_id") REFERENCES "import_job"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE SCHEMA "import_staging"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA "import_staging" CASCADE`);
    await queryRunner.query(`ALTER TABLE "import_problem" DROP CONSTRAINT "fk_import_problem_job"`);
    await queryRunner.query(`ALTER TABLE "import_job" DROP CONSTRAINT "fk_import_job_user"`);
    await queryRunner.query(`ALTER TABLE "import_job" DROP CONSTRAINT "fk_import_job_city"`);
    await queryRunner.query(`DROP INDEX "ix_import_problem_job"`);
    await queryRunner.query(`DROP TABLE "import_problem"`);
    await queryRunner.query(`DROP INDEX "ix_import_job_city"`);
    await queryRunner.query(`DROP INDEX "ix_import_job_user"`);
    await queryRunner.query(`DROP TABLE "import_job"`);
    await queryRunner.query(`DROP TABLE "label_mapping"`);
    await queryRunner.query(`ALTER TABLE "observation" DROP COLUMN "time_detail"`);
  }
}
