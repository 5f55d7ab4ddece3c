import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FrameworkNodeEntity } from './framework-node.entity';

/** The name of a framework node in one language other than English (English is on the node itself). */
@Entity({ name: 'framework_node_translation' })
@Check('ck_framework_node_translation_lang', `"lang" ~ '^[a-z]{2}$' AND "lang" <> 'en'`)
@Check('ck_framework_node_translation_name', `char_length("name") BETWEEN 1 AND 300`)
export class FrameworkNodeTranslationEntity {
  @PrimaryColumn({
    name: 'node_id',
    type: 'integer',
    primaryKeyConstraintName: 'pk_framework_node_translation',
  })
  nodeId: number;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_framework_node_translation' })
  lang: string;

  @ManyToOne(() => FrameworkNodeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'node_id', foreignKeyConstraintName: 'fk_framework_node_translation_node' })
  node: FrameworkNodeEntity;

  @Column({ type: 'text' })
  name: string;
}
