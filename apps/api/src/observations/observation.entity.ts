import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { ObservationStatus } from '@lcm/contracts';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { SubmissionEntity } from './submission.entity';

/**
 * One value of one indicator for one disaggregation combination in a city-year submission.
 * Dimensions are columns (with `_T` for totals) rather than a JSON blob, so that the natural key is
 * a plain unique constraint and analytics can filter and group by them with indexes.
 */
@Entity({ name: 'observation' })
@Unique('uq_observation_key', [
  'submissionId',
  'indicatorId',
  'sex',
  'age',
  'urbanisation',
  'disabilityStatus',
])
@Index('ix_observation_indicator', ['indicatorId'])
@Check('ck_observation_status', `"status" IN ('A', 'E', 'P', 'M')`)
@Check('ck_observation_missing', `("status" = 'M') = ("value" IS NULL)`)
export class ObservationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_observation' })
  id: string;

  @Column({ name: 'submission_id', type: 'integer' })
  submissionId: number;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'fk_observation_submission' })
  submission: SubmissionEntity;

  @Column({ name: 'indicator_id', type: 'integer' })
  indicatorId: number;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_observation_indicator' })
  indicator: IndicatorEntity;

  @Column({ type: 'text', default: '_T' })
  sex: string;

  @Column({ type: 'text', default: '_T' })
  age: string;

  @Column({ type: 'text', default: '_T' })
  urbanisation: string;

  @Column({ name: 'disability_status', type: 'text', default: '_T' })
  disabilityStatus: string;

  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  @Column({ type: 'text' })
  status: ObservationStatus;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** The period as a file wrote it when it was not a plain year (e.g. `2018/2019`); the year is its first. */
  @Column({ name: 'time_detail', type: 'text', nullable: true })
  timeDetail: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
