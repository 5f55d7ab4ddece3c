import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Small key/value facts about this installation, e.g. whether it holds demo data. */
@Entity({ name: 'app_setting' })
export class AppSettingEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_app_setting' })
  key: string;

  @Column({ type: 'jsonb' })
  value: unknown;
}
