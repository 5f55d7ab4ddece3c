import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts and roles: users, their cities, refresh and personal API tokens (hashes only), invitations. */
export class Accounts1795540000000 implements MigrationInterface {
  name = 'Accounts1795540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "app_user" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" text NOT NULL,
        "display_name" text NOT NULL,
        "role" text NOT NULL,
        "password_hash" text,
        "active" boolean NOT NULL DEFAULT true,
        "failed_login_count" integer NOT NULL DEFAULT '0',
        "locked_until" TIMESTAMP WITH TIME ZONE,
        "last_login_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "uq_app_user_email" UNIQUE ("email"),
        CONSTRAINT "ck_app_user_email_lower" CHECK ("email" = lower("email")),
        CONSTRAINT "ck_app_user_role" CHECK ("role" IN ('admin', 'analyst', 'official', 'mayor')),
        CONSTRAINT "pk_app_user" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "user_city" (
        "user_id" uuid NOT NULL,
        "city_id" integer NOT NULL,
        CONSTRAINT "pk_user_city" PRIMARY KEY ("user_id", "city_id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_user_city_city" ON "user_city" ("city_id")`);
    await queryRunner.query(`
      CREATE TABLE "refresh_token" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "token_hash" text NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "uq_refresh_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "pk_refresh_token" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_refresh_token_user" ON "refresh_token" ("user_id")`);
    await queryRunner.query(`
      CREATE TABLE "api_token" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "name" text NOT NULL,
        "token_prefix" text NOT NULL,
        "token_hash" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_used_at" TIMESTAMP WITH TIME ZONE,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "uq_api_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "pk_api_token" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_api_token_user" ON "api_token" ("user_id")`);
    await queryRunner.query(`
      CREATE TABLE "invitation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "token_hash" text NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "accepted_at" TIMESTAMP WITH TIME ZONE,
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "uq_invitation_hash" UNIQUE ("token_hash"),
        CONSTRAINT "ck_invitation_expiry" CHECK ("expires_at" > "created_at"),
        CONSTRAINT "pk_invitation" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(
      `ALTER TABLE "user_city" ADD CONSTRAINT "fk_user_city_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_city" ADD CONSTRAINT "fk_user_city_city" FOREIGN KEY ("city_id") REFERENCES "city"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "fk_refresh_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_token" ADD CONSTRAINT "fk_api_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "fk_invitation_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP TABLE "user_city"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}
