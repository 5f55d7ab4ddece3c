import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IndicatorEntity } from './indicator.entity';

/**
 * An indicator's name and definition in one language other than English. A NULL field falls back to
 * the English text on the indicator, so a name can be translated before its definition.
 */
@Entity({ name: 'indicator_translation' })
@Check('ck_indicator_translation_lang', `"lang" ~ '^[a-z]{2}$' AND "lang" <> 'en'`)
@Check('ck_indicator_translation_name', `"name" IS NULL OR char_length("name") BETWEEN 1 AND 300`)
@Check(
  'ck_indicator_translation_definition',
  `"definition" IS NULL OR char_length("definition") BETWEEN 1 AND 4000`,
)
@Check('ck_indicator_translation_not_empty', `"name" IS NOT NULL OR "definition" IS NOT NULL`)
export class IndicatorTranslationEntity {
  @PrimaryColumn({
    name: 'indicator_id',
    type: 'integer',
    primaryKeyConstraintName: 'pk_indicator_translation',
  })
  indicatorId: number;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_indicator_translation' })
  lang: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_indicator_translation_indicator' })
  indicator: IndicatorEntity;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  definition: string | null;
}
