import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import type { FrameworkCode } from '@lcm/contracts';
import { FrameworkNodeEntity } from './framework-node.entity';

@Entity({ name: 'framework' })
export class FrameworkEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_framework' })
  code: FrameworkCode;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'sort_order', type: 'smallint' })
  sortOrder: number;

  @OneToMany(() => FrameworkNodeEntity, (node) => node.framework)
  nodes: FrameworkNodeEntity[];
}
