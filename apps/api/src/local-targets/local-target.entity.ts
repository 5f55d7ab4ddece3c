import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalTargetStatus } from '@lcm/contracts';
import { UserEntity } from '../auth/user.entity';
import { CityEntity } from '../cities/city.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';

/**
 * A city's own target for one indicator, besides the global one: proposed by the city's officials,
 * confirmed or rejected by an analyst or administrator. Proposals are kept, so the history of a
 * city's ambitions stays visible; the latest confirmed one per indicator is the one in use.
 */
@Entity({ name: 'local_target' })
@Index('ix_local_target_city_indicator', ['cityId', 'indicatorId'])
@Check('ck_local_target_status', `"status" IN ('proposed', 'confirmed', 'rejected')`)
@Check('ck_local_target_year', `"target_year" BETWEEN 2000 AND 2100`)
@Check('ck_local_target_decision', `("status" = 'proposed') = ("decided_at" IS NULL)`)
export class LocalTargetEntity {
  @PrimaryGeneratedColumn({ type: 'integer', primaryKeyConstraintName: 'pk_local_target' })
  id: number;

  @Column({ name: 'city_id', type: 'integer' })
  cityId: number;

  @ManyToOne(() => CityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id', foreignKeyConstraintName: 'fk_local_target_city' })
  city: CityEntity;

  @Column({ name: 'indicator_id', type: 'integer' })
  indicatorId: number;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_local_target_indicator' })
  indicator: IndicatorEntity;

  @Column({ name: 'target_value', type: 'double precision' })
  targetValue: number;

  @Column({ name: 'target_year', type: 'smallint' })
  targetYear: number;

  @Column({ type: 'text' })
  status: LocalTargetStatus;

  /** The proposer's justification, e.g. the council decision the target rests on. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by', foreignKeyConstraintName: 'fk_local_target_proposer' })
  proposer: UserEntity;

  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' })
  proposedAt: Date;

  /** Who confirmed or rejected it; null while it is proposed. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'fk_local_target_decider' })
  decider: UserEntity | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;
}
