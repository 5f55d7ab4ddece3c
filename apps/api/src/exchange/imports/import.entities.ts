import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { ImportFormat, ImportJobStatus, LabelMappingDimension, LabelMappingKind } from '@lcm/contracts';
import { UserEntity } from '../../auth/user.entity';
import { CityEntity } from '../../cities/city.entity';

/** Translates a label found in files (a column name or a cell text) to a dimension or a code. */
@Entity({ name: 'label_mapping' })
@Unique('uq_label_mapping_key', ['kind', 'dimension', 'labelKey'])
@Check('ck_label_mapping_kind', `"kind" IN ('column', 'value')`)
@Check(
  'ck_label_mapping_dimension',
  `"dimension" IN ('SEX', 'AGE', 'URBANISATION', 'DISABILITY_STATUS', 'OBS_STATUS', 'UNIT_MEASURE', 'UNIT_MULT', 'SERIES', 'COMMENT', 'SOURCE', 'REF_AREA')`,
)
@Check('ck_label_mapping_code', `("kind" = 'value') = ("code" IS NOT NULL)`)
export class LabelMappingEntity {
  @PrimaryGeneratedColumn({ type: 'integer', primaryKeyConstraintName: 'pk_label_mapping' })
  id: number;

  @Column({ type: 'text' })
  kind: LabelMappingKind;

  /** As the administrator wrote it. */
  @Column({ type: 'text' })
  label: string;

  /** The label folded for matching (case, surrounding and repeated spaces ignored); unique per kind and dimension. */
  @Column({ name: 'label_key', type: 'text' })
  labelKey: string;

  @Column({ type: 'text' })
  dimension: LabelMappingDimension;

  @Column({ type: 'text', nullable: true })
  code: string | null;
}

/** One uploaded file on its way from dry run to commit. */
@Entity({ name: 'import_job' })
@Index('ix_import_job_user', ['userId', 'createdAt'])
@Index('ix_import_job_city', ['cityId'])
@Check(
  'ck_import_job_status',
  `"status" IN ('queued', 'dry-running', 'ready', 'committing', 'committed', 'failed', 'cancelled')`,
)
@Check(
  'ck_import_job_format',
  `"format" IN ('template-csv', 'template-xlsx', 'open-sdg-csv', 'sdmx-csv-1', 'sdmx-csv-2')`,
)
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_import_job' })
  id: string;

  @Column({ name: 'city_id', type: 'integer' })
  cityId: number;

  @ManyToOne(() => CityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id', foreignKeyConstraintName: 'fk_import_job_city' })
  city: CityEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_import_job_user' })
  user: UserEntity;

  @Column({ name: 'created_by_label', type: 'text' })
  createdByLabel: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** SHA-256 of the uploaded bytes, hexadecimal. */
  @Column({ name: 'file_hash', type: 'text' })
  fileHash: string;

  @Column({ name: 'file_bytes', type: 'bigint' })
  fileBytes: string;

  @Column({ type: 'text', nullable: true })
  format: ImportFormat | null;

  @Column({ type: 'text' })
  status: ImportJobStatus;

  @Column({ name: 'default_year', type: 'smallint', nullable: true })
  defaultYear: number | null;

  /** Indicator the user chose for a file that does not name one unambiguously; null: taken from the file. */
  @Column({ name: 'indicator_code', type: 'text', nullable: true })
  indicatorCode: string | null;

  /** The file did not name its indicator unambiguously and none was chosen: the user should choose one. */
  @Column({ name: 'indicator_choice_needed', type: 'boolean', default: false })
  indicatorChoiceNeeded: boolean;

  @Column({ name: 'rows_processed', type: 'integer', default: 0 })
  rowsProcessed: number;

  @Column({ name: 'bytes_processed', type: 'bigint', default: 0 })
  bytesProcessed: string;

  @Column({ name: 'row_count', type: 'integer', default: 0 })
  rowCount: number;

  @Column({ name: 'accepted_count', type: 'integer', default: 0 })
  acceptedCount: number;

  @Column({ name: 'rejected_count', type: 'integer', default: 0 })
  rejectedCount: number;

  @Column({ name: 'conflicting_count', type: 'integer', default: 0 })
  conflictingCount: number;

  @Column({ name: 'new_count', type: 'integer', default: 0 })
  newCount: number;

  @Column({ name: 'changed_count', type: 'integer', default: 0 })
  changedCount: number;

  @Column({ name: 'unchanged_count', type: 'integer', default: 0 })
  unchangedCount: number;

  @Column({ name: 'deleted_count', type: 'integer', default: 0 })
  deletedCount: number;

  /** Problems found, all of them; only the first ones are kept as rows of import_problem. */
  @Column({ name: 'problem_count', type: 'integer', default: 0 })
  problemCount: number;

  /** Years with accepted rows. */
  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  years: number[];

  /** Version of each target submission at the dry run (`{"2024": 3}`, 0 = none yet): a commit on a newer one is refused. */
  @Column({ name: 'submission_versions', type: 'jsonb', default: () => "'{}'" })
  submissionVersions: Record<string, number>;

  @Column({ type: 'text', nullable: true })
  problem: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'dry_run_finished_at', type: 'timestamptz', nullable: true })
  dryRunFinishedAt: Date | null;

  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true })
  committedAt: Date | null;
}

/** Why one row (or one cell) of an imported file was refused. */
@Entity({ name: 'import_problem' })
@Index('ix_import_problem_job', ['jobId', 'row'])
export class ImportProblemEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_import_problem' })
  id: string;

  @Column({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @ManyToOne(() => ImportJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'fk_import_problem_job' })
  job: ImportJobEntity;

  @Column({ type: 'integer' })
  row: number;

  @Column({ name: 'column_name', type: 'text', nullable: true })
  columnName: string | null;

  @Column({ type: 'text' })
  reason: string;
}
