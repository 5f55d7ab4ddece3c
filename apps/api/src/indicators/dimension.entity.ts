import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';
import type { DimensionCode } from '@lcm/contracts';

@Entity({ name: 'dimension' })
export class DimensionEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_dimension' })
  code: DimensionCode;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'sort_order', type: 'smallint' })
  sortOrder: number;

  @OneToMany(() => DimensionValueEntity, (value) => value.dimension)
  values: DimensionValueEntity[];
}

/** One code of a dimension, e.g. SEX = F. */
@Entity({ name: 'dimension_value' })
export class DimensionValueEntity {
  @PrimaryColumn({ name: 'dimension_code', type: 'text', primaryKeyConstraintName: 'pk_dimension_value' })
  dimensionCode: DimensionCode;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_dimension_value' })
  code: string;

  @ManyToOne(() => DimensionEntity, (dimension) => dimension.values, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dimension_code', foreignKeyConstraintName: 'fk_dimension_value_dimension' })
  dimension: DimensionEntity;

  @Column({ type: 'text' })
  label: string;

  @Column({ name: 'sort_order', type: 'smallint' })
  sortOrder: number;
}
