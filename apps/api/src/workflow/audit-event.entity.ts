import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction, AuditedValue } from '@lcm/contracts';

/**
 * One entry of the audit trail. Append-only: a database trigger refuses UPDATE, DELETE and TRUNCATE.
 * No foreign keys, and the actor's name is copied, so the history outlives accounts and cities.
 */
@Entity({ name: 'audit_event' })
@Index('ix_audit_event_city_year', ['cityId', 'year', 'indicatorCode'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_audit_event' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_label', type: 'text' })
  actorLabel: string;

  @Column({ type: 'text' })
  action: AuditAction;

  @Column({ name: 'city_id', type: 'integer', nullable: true })
  cityId: number | null;

  @Column({ type: 'smallint', nullable: true })
  year: number | null;

  @Column({ name: 'submission_id', type: 'integer', nullable: true })
  submissionId: number | null;

  @Column({ name: 'indicator_code', type: 'text', nullable: true })
  indicatorCode: string | null;

  /** Disaggregation key, e.g. `SEX=F` or `total`. */
  @Column({ type: 'text', nullable: true })
  disaggregation: string | null;

  @Column({ name: 'old_value', type: 'jsonb', nullable: true })
  oldValue: AuditedValue | null;

  @Column({ name: 'new_value', type: 'jsonb', nullable: true })
  newValue: AuditedValue | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
