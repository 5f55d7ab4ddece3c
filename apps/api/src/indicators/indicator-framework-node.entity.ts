import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FrameworkNodeEntity } from '../frameworks/framework-node.entity';
import { IndicatorEntity } from './indicator.entity';

/** Places an indicator under a framework node; one indicator may sit in several frameworks at once. */
@Entity({ name: 'indicator_framework_node' })
@Index('ix_indicator_framework_node_node', ['nodeId'])
export class IndicatorFrameworkNodeEntity {
  @PrimaryColumn({
    name: 'indicator_id',
    type: 'integer',
    primaryKeyConstraintName: 'pk_indicator_framework_node',
  })
  indicatorId: number;

  @PrimaryColumn({
    name: 'node_id',
    type: 'integer',
    primaryKeyConstraintName: 'pk_indicator_framework_node',
  })
  nodeId: number;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_indicator_framework_node_indicator' })
  indicator: IndicatorEntity;

  @ManyToOne(() => FrameworkNodeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'node_id', foreignKeyConstraintName: 'fk_indicator_framework_node_node' })
  node: FrameworkNodeEntity;
}
