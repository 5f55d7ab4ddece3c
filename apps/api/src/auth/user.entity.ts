import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '@lcm/contracts';
import { CityEntity } from '../cities/city.entity';

@Entity({ name: 'app_user' })
@Unique('uq_app_user_email', ['email'])
@Check('ck_app_user_role', `"role" IN ('admin', 'analyst', 'official', 'mayor')`)
@Check('ck_app_user_email_lower', `"email" = lower("email")`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_app_user' })
  id: string;

  /** Stored lower-case so that sign-in is case-insensitive. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  role: Role;

  /** argon2id hash; null until the invitation is accepted. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'failed_login_count', type: 'integer', default: 0 })
  failedLoginCount: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The cities an official edits or a mayor reads. */
@Entity({ name: 'user_city' })
@Index('ix_user_city_city', ['cityId'])
export class UserCityEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_user_city' })
  userId: string;

  @PrimaryColumn({ name: 'city_id', type: 'integer', primaryKeyConstraintName: 'pk_user_city' })
  cityId: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_city_user' })
  user: UserEntity;

  @ManyToOne(() => CityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id', foreignKeyConstraintName: 'fk_user_city_city' })
  city: CityEntity;
}
