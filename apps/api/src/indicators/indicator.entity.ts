import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Aggregation, DimensionCode, Direction } from '@lcm/contracts';

/** The stored colour thresholds of indicator `i` as a ScoreBandThresholds object, null for the defaults. */
export const SCORE_BANDS_SQL = `CASE WHEN i.band_achieved IS NULL THEN NULL
  ELSE json_build_object('achieved', i.band_achieved, 'yellow', i.band_yellow, 'orange', i.band_orange) END`;

@Entity({ name: 'indicator' })
@Unique('uq_indicator_code', ['code'])
@Check('ck_indicator_direction', `"direction" IN ('higher', 'lower', 'target')`)
@Check('ck_indicator_aggregation', `"aggregation" IN ('sum', 'share', 'none')`)
@Check('ck_indicator_decimals', `"decimals" BETWEEN 0 AND 6`)
@Check('ck_indicator_range', `"min_value" IS NULL OR "max_value" IS NULL OR "min_value" <= "max_value"`)
@Check(
  'ck_indicator_score_bands',
  `("band_achieved" IS NULL AND "band_yellow" IS NULL AND "band_orange" IS NULL)
   OR ("band_achieved" <= 100 AND "band_achieved" > "band_yellow" AND "band_yellow" > "band_orange" AND "band_orange" >= 0)`,
)
export class IndicatorEntity {
  @PrimaryGeneratedColumn({ type: 'integer', primaryKeyConstraintName: 'pk_indicator' })
  id: number;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  definition: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ name: 'unit_label', type: 'text' })
  unitLabel: string;

  @Column({ type: 'text' })
  direction: Direction;

  @Column({ type: 'smallint' })
  decimals: number;

  @Column({ name: 'min_value', type: 'double precision', nullable: true })
  minValue: number | null;

  @Column({ name: 'max_value', type: 'double precision', nullable: true })
  maxValue: number | null;

  @Column({ name: 'target_value', type: 'double precision', nullable: true })
  targetValue: number | null;

  @Column({ name: 'target_year', type: 'smallint', nullable: true })
  targetYear: number | null;

  @Column({ name: 'baseline_year', type: 'smallint', nullable: true })
  baselineYear: number | null;

  @Column({ name: 'best_bound', type: 'double precision', nullable: true })
  bestBound: number | null;

  @Column({ name: 'worst_bound', type: 'double precision', nullable: true })
  worstBound: number | null;

  /** Colour thresholds of the 0–100 score: all three set, or none for the defaults. */
  @Column({ name: 'band_achieved', type: 'double precision', nullable: true })
  bandAchieved: number | null;

  @Column({ name: 'band_yellow', type: 'double precision', nullable: true })
  bandYellow: number | null;

  @Column({ name: 'band_orange', type: 'double precision', nullable: true })
  bandOrange: number | null;

  /** Dimensions this indicator may be disaggregated by. */
  @Column({ type: 'text', array: true })
  dimensions: DimensionCode[];

  @Column({ type: 'text' })
  aggregation: Aggregation;

  @Column({ name: 'sdg_series_code', type: 'text', nullable: true })
  sdgSeriesCode: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
