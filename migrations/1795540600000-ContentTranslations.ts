import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Translations of the framework's content: names and descriptions of frameworks, names of framework
 * nodes (sections, areas, goals…) and names and definitions of indicators, per language. English stays in the source tables and is the
 * fallback, field by field: a missing row or a NULL field means "show the English text".
 *
 * One table per translated kind rather than one generic (kind, code, field, lang) table, so that
 * each translation has a real foreign key: it cannot point at a node or indicator that does not
 * exist and goes when its row goes. Languages are rows, not columns, so a new language needs no
 * migration; the API decides which languages it serves.
 */
export class ContentTranslations1795540600000 implements MigrationInterface {
  name = 'ContentTranslations1795540600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "framework_translation" (
        "framework_code" text NOT NULL,
        "lang" text NOT NULL,
        "name" text,
        "description" text,
        CONSTRAINT "ck_framework_translation_lang" CHECK ("lang" ~ '^[a-z]{2}$' AND "lang" <> 'en'),
        CONSTRAINT "ck_framework_translation_name" CHECK ("name" IS NULL OR char_length("name") BETWEEN 1 AND 300),
        CONSTRAINT "ck_framework_translation_description" CHECK ("description" IS NULL OR char_length("description") BETWEEN 1 AND 4000),
        CONSTRAINT "ck_framework_translation_not_empty" CHECK ("name" IS NOT NULL OR "description" IS NOT NULL),
        CONSTRAINT "pk_framework_translation" PRIMARY KEY ("framework_code", "lang")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "framework_node_translation" (
        "node_id" integer NOT NULL,
        "lang" text NOT NULL,
        "name" text NOT NULL,
        CONSTRAINT "ck_framework_node_translation_lang" CHECK ("lang" ~ '^[a-z]{2}$' AND "lang" <> 'en'),
        CONSTRAINT "ck_framework_node_translation_name" CHECK (char_length("name") BETWEEN 1 AND 300),
        CONSTRAINT "pk_framework_node_translation" PRIMARY KEY ("node_id", "lang")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "indicator_translation" (
        "indicator_id" integer NOT NULL,
        "lang" text NOT NULL,
        "name" text,
        "definition" text,
        CONSTRAINT "ck_indicator_translation_lang" CHECK ("lang" ~ '^[a-z]{2}$' AND "lang" <> 'en'),
        CONSTRAINT "ck_indicator_translation_name" CHECK ("name" IS NULL OR char_length("name") BETWEEN 1 AND 300),
        CONSTRAINT "ck_indicator_translation_definition" CHECK ("definition" IS NULL OR char_length("definition") BETWEEN 1 AND 4000),
        CONSTRAINT "ck_indicator_translation_not_empty" CHECK ("name" IS NOT NULL OR "definition" IS NOT NULL),
        CONSTRAINT "pk_indicator_translation" PRIMARY KEY ("indicator_id", "lang")
      )
    `);
    await queryRunner.query(
      `ALTER TABLE "framework_translation" ADD CONSTRAINT "fk_framework_translation_framework" FOREIGN KEY ("framework_code") REFERENCES "framework"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_node_translation" ADD CONSTRAINT "fk_framework_node_translation_node" FOREIGN KEY ("node_id") REFERENCES "framework_node"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_translation" ADD CONSTRAINT "fk_indicator_translation_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "indicator_translation" DROP CONSTRAINT "fk_indicator_translation_indicator"`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_node_translation" DROP CONSTRAINT "fk_framework_node_translation_node"`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_translation" DROP CONSTRAINT "fk_framework_translation_framework"`,
    );
    await queryRunner.query(`DROP TABLE "indicator_translation"`);
    await queryRunner.query(`DROP TABLE "framework_node_translation"`);
    await queryRunner.query(`DROP TABLE "framework_translation"`);
  }
}
