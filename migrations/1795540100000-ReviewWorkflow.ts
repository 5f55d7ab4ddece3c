import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review workflow: reporting cycles (deadlines per year), review comments on values or whole
 * submissions, reminders sent to cities, and the audit trail. The audit trail is append-only in the
 * database itself, so no code path (nor a hurried operator) can rewrite history.
 */
export class ReviewWorkflow1795540100000 implements MigrationInterface {
  name = 'ReviewWorkflow1795540100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "reporting_cycle" (
        "year" smallint NOT NULL,
        "opens_on" date NOT NULL,
        "deadline" date NOT NULL,
        CONSTRAINT "ck_reporting_cycle_dates" CHECK ("deadline" >= "opens_on"),
        CONSTRAINT "ck_reporting_cycle_year" CHECK ("year" BETWEEN 2000 AND 2100),
        CONSTRAINT "pk_reporting_cycle" PRIMARY KEY ("year")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "review_comment" (
        "id" BIGSERIAL NOT NULL,
        "submission_id" integer NOT NULL,
        "indicator_id" integer,
        "sex" text,
        "age" text,
        "urbanisation" text,
        "disability_status" text,
        "parent_id" bigint,
        "author_id" uuid NOT NULL,
        "body" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_review_comment_place" CHECK (("indicator_id" IS NULL AND "sex" IS NULL AND "age" IS NULL AND "urbanisation" IS NULL AND "disability_status" IS NULL) OR ("indicator_id" IS NOT NULL AND "sex" IS NOT NULL AND "age" IS NOT NULL AND "urbanisation" IS NOT NULL AND "disability_status" IS NOT NULL)),
        CONSTRAINT "pk_review_comment" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_review_comment_submission" ON "review_comment" ("submission_id")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_review_comment_parent" ON "review_comment" ("parent_id")`);
    await queryRunner.query(`CREATE INDEX "ix_review_comment_author" ON "review_comment" ("author_id")`);
    await queryRunner.query(
      `ALTER TABLE "review_comment" ADD CONSTRAINT "fk_review_comment_submission" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_comment" ADD CONSTRAINT "fk_review_comment_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_comment" ADD CONSTRAINT "fk_review_comment_parent" FOREIGN KEY ("parent_id") REFERENCES "review_comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_comment" ADD CONSTRAINT "fk_review_comment_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      CREATE TABLE "reminder" (
        "id" BIGSERIAL NOT NULL,
        "city_id" integer NOT NULL,
        "year" smallint NOT NULL,
        "sent_by" uuid,
        "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "channel" text NOT NULL,
        "recipients" text NOT NULL,
        CONSTRAINT "ck_reminder_channel" CHECK ("channel" IN ('recorded', 'email')),
        CONSTRAINT "pk_reminder" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_reminder_city_year" ON "reminder" ("city_id", "year")`);
    await queryRunner.query(
      `ALTER TABLE "reminder" ADD CONSTRAINT "fk_reminder_city" FOREIGN KEY ("city_id") REFERENCES "city"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reminder" ADD CONSTRAINT "fk_reminder_sender" FOREIGN KEY ("sent_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // No foreign keys: the trail must outlive the accounts, cities and submissions it mentions.
    await queryRunner.query(`
      CREATE TABLE "audit_event" (
        "id" BIGSERIAL NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "actor_id" uuid,
        "actor_label" text NOT NULL,
        "action" text NOT NULL,
        "city_id" integer,
        "year" smallint,
        "submission_id" integer,
        "indicator_code" text,
        "disaggregation" text,
        "old_value" jsonb,
        "new_value" jsonb,
        "reason" text,
        CONSTRAINT "pk_audit_event" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_city_year" ON "audit_event" ("city_id", "year", "indicator_code")`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
      END
      $$
    `);
    // Per statement, so that even an UPDATE or DELETE matching no row is refused.
    await queryRunner.query(`
      CREATE TRIGGER "tr_audit_event_append_only"
      BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_event"
      FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"()
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_audit_event_append_only" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION "audit_event_append_only"()`);
    await queryRunner.query(`DROP INDEX "ix_audit_event_city_year"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`ALTER TABLE "reminder" DROP CONSTRAINT "fk_reminder_sender"`);
    await queryRunner.query(`ALTER TABLE "reminder" DROP CONSTRAINT "fk_reminder_city"`);
    await queryRunner.query(`DROP INDEX "ix_reminder_city_year"`);
    await queryRunner.query(`DROP TABLE "reminder"`);
    await queryRunner.query(`ALTER TABLE "review_comment" DROP CONSTRAINT "fk_review_comment_author"`);
    await queryRunner.query(`ALTER TABLE "review_comment" DROP CONSTRAINT "fk_review_comment_parent"`);
    await queryRunner.query(`ALTER TABLE "review_comment" DROP CONSTRAINT "fk_review_comment_indicator"`);
    await queryRunner.query(`ALTER TABLE "review_comment" DROP CONSTRAINT "fk_review_comment_submission"`);
    await queryRunner.query(`DROP INDEX "ix_review_comment_author"`);
    await queryRunner.query(`DROP INDEX "ix_review_comment_parent"`);
    await queryRunner.query(`DROP INDEX "ix_review_comment_submission"`);
    await queryRunner.query(`DROP TABLE "review_comment"`);
    await queryRunner.query(`DROP TABLE "reporting_cycle"`);
  }
}
