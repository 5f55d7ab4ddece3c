import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { FrameworkCode } from '@lcm/contracts';
import { FrameworkEntity } from './framework.entity';

/** A framework's name and description in one language other than English; NULL falls back to English. */
@Entity({ name: 'framework_translation' })
@Check('ck_framework_translation_lang', `"lang" ~ '^[a-z]{2}$' AND "lang" <> 'en'`)
@Check('ck_framework_translation_name', `"name" IS NULL OR char_length("name") BETWEEN 1 AND 300`)
@Check(
  'ck_framework_translation_description',
  `"description" IS NULL OR char_length("description") BETWEEN 1 AND 4000`,
)
@Check('ck_framework_translation_not_empty', `"name" IS NOT NULL OR "description" IS NOT NULL`)
export class FrameworkTranslationEntity {
  @PrimaryColumn({
    name: 'framework_code',
    type: 'text',
    primaryKeyConstraintName: 'pk_framework_translation',
  })
  frameworkCode: FrameworkCode;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_framework_translation' })
  lang: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_code', foreignKeyConstraintName: 'fk_framework_translation_framework' })
  framework: FrameworkEntity;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
