import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence notes: short notes with an optional link that a city's officials attach to one
 * indicator-year of their city. The checks repeat the API's rules so that no path can store a note
 * that is empty, too long, or links anywhere but to an http(s) address.
 */
export class EvidenceNotes1795540500000 implements MigrationInterface {
  name = 'EvidenceNotes1795540500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "evidence_note" (
        "id" SERIAL NOT NULL,
        "city_id" integer NOT NULL,
        "indicator_id" integer NOT NULL,
        "year" smallint NOT NULL,
        "text" text NOT NULL,
        "link" text,
        "author_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_evidence_note_year" CHECK ("year" BETWEEN 2000 AND 2100),
        CONSTRAINT "ck_evidence_note_text" CHECK (char_length("text") BETWEEN 1 AND 500),
        CONSTRAINT "ck_evidence_note_link" CHECK ("link" IS NULL OR ("link" ~* '^https?://' AND char_length("link") <= 2000)),
        CONSTRAINT "pk_evidence_note" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_evidence_note_city_year" ON "evidence_note" ("city_id", "year")`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_note" ADD CONSTRAINT "fk_evidence_note_city" FOREIGN KEY ("city_id") REFERENCES "city"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_note" ADD CONSTRAINT "fk_evidence_note_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_note" ADD CONSTRAINT "fk_evidence_note_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence_note" DROP CONSTRAINT "fk_evidence_note_author"`);
    await queryRunner.query(`ALTER TABLE "evidence_note" DROP CONSTRAINT "fk_evidence_note_indicator"`);
    await queryRunner.query(`ALTER TABLE "evidence_note" DROP CONSTRAINT "fk_evidence_note_city"`);
    await queryRunner.query(`DROP INDEX "ix_evidence_note_city_year"`);
    await queryRunner.query(`DROP TABLE "evidence_note"`);
  }
}
