import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ReminderChannel } from '@lcm/contracts';
import { UserEntity } from '../auth/user.entity';
import { CityEntity } from '../cities/city.entity';

/** A reminder sent to a city about its submission of a reporting year. */
@Entity({ name: 'reminder' })
@Index('ix_reminder_city_year', ['cityId', 'year'])
@Check('ck_reminder_channel', `"channel" IN ('recorded', 'email')`)
export class ReminderEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_reminder' })
  id: string;

  @Column({ name: 'city_id', type: 'integer' })
  cityId: number;

  @ManyToOne(() => CityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id', foreignKeyConstraintName: 'fk_reminder_city' })
  city: CityEntity;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ name: 'sent_by', type: 'uuid', nullable: true })
  sentBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sent_by', foreignKeyConstraintName: 'fk_reminder_sender' })
  sender: UserEntity | null;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;

  @Column({ type: 'text' })
  channel: ReminderChannel;

  /** E-mail addresses of the city's officials, comma-separated. */
  @Column({ type: 'text' })
  recipients: string;
}
