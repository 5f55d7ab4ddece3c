import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { FrameworkCode } from '@lcm/contracts';
import { FrameworkEntity } from './framework.entity';

/** A section, area, goal, target, indicator slot or theme of a framework; nodes form a tree. */
@Entity({ name: 'framework_node' })
@Unique('uq_framework_node_code', ['code'])
@Index('ix_framework_node_parent', ['parentId'])
export class FrameworkNodeEntity {
  @PrimaryGeneratedColumn({ type: 'integer', primaryKeyConstraintName: 'pk_framework_node' })
  id: number;

  @Column({ name: 'framework_code', type: 'text' })
  frameworkCode: FrameworkCode;

  @ManyToOne(() => FrameworkEntity, (framework) => framework.nodes, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_code', foreignKeyConstraintName: 'fk_framework_node_framework' })
  framework: FrameworkEntity;

  @Column({ name: 'parent_id', type: 'integer', nullable: true })
  parentId: number | null;

  @ManyToOne(() => FrameworkNodeEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_framework_node_parent' })
  parent: FrameworkNodeEntity | null;

  /** Unique across frameworks, e.g. `KF.2.2`, `SDG.4.3.1`, `ISO.6`. */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  level: string;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;
}
