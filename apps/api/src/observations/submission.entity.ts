import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { SubmissionStatus } from '@lcm/contracts';
import { CityEntity } from '../cities/city.entity';

/** A city's report for one year: the unit that is drafted, submitted, reviewed and approved. */
@Entity({ name: 'submission' })
@Unique('uq_submission_city_year', ['cityId', 'year'])
@Check('ck_submission_status', `"status" IN ('draft', 'submitted', 'returned', 'approved')`)
@Check('ck_submission_year', `"year" BETWEEN 2000 AND 2100`)
export class SubmissionEntity {
  @PrimaryGeneratedColumn({ type: 'integer', primaryKeyConstraintName: 'pk_submission' })
  id: number;

  @Column({ name: 'city_id', type: 'integer' })
  cityId: number;

  @ManyToOne(() => CityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id', foreignKeyConstraintName: 'fk_submission_city' })
  city: CityEntity;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'text' })
  status: SubmissionStatus;

  /** Optimistic-locking counter: a save based on an older version is refused. */
  @VersionColumn({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;
}
