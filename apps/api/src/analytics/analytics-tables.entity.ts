import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { LocalTargetProgress, ObservationStatus, ProgressMeasure, ProgressMethod } from '@lcm/contracts';
import { CityEntity } from '../cities/city.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';

/*
 * The read tables of the analytics: derived from approved submissions only, rewritten a city-year at a
 * time when a submission is approved or reopened (see analytics-refresh.ts). Never written otherwise.
 */

/** An approved headline value (every dimension `_T`) of a city, indicator and year. */
@Entity({ name: 'analytics_value' })
// Covering, so that a city's values, or one indicator's values of a peer group, are read from an index alone.
@Index('ix_analytics_value_city', ['cityId', 'indicatorId', 'year', 'value', 'status'])
@Index('ix_analytics_value_indicator_city', ['indicatorId', 'cityId', 'year', 'value', 'status'])
export class AnalyticsValueEntity {
  @PrimaryColumn({ name: 'indicator_id', type: 'integer', primaryKeyConstraintName: 'pk_analytics_value' })
  indicatorId: number;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_analytics_value' })
  year: number;

  @PrimaryColumn({ name: 'city_id', type: 'integer', primaryKeyConstraintName: 'pk_analytics_value' })
  cityId: number;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_analytics_value_indicator' })
  indicator: IndicatorEntity;

  @ManyToOne(() => CityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id', foreignKeyConstraintName: 'fk_analytics_value_city' })
  city: CityEntity;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ type: 'text' })
  status: ObservationStatus;
}

/**
 * The latest approved headline value of a city and indicator (what rankings compare), with the city's
 * progress on the indicator: it depends on the city's whole series, so it is measured when that changes.
 */
@Entity({ name: 'analytics_latest' })
@Index('ix_analytics_latest_city', ['cityId', 'indicatorId', 'value'])
export class AnalyticsLatestEntity {
  @PrimaryColumn({ name: 'indicator_id', type: 'integer', primaryKeyConstraintName: 'pk_analytics_latest' })
  indicatorId: number;

  @PrimaryColumn({ name: 'city_id', type: 'integer', primaryKeyConstraintName: 'pk_analytics_latest' })
  cityId: number;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_analytics_latest_indicator' })
  indicator: IndicatorEntity;

  @ManyToOne(() => CityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id', foreignKeyConstraintName: 'fk_analytics_latest_city' })
  city: CityEntity;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ type: 'text' })
  status: ObservationStatus;

  /** Progress toward the global target, per method; null only until the API fills rows after an upgrade. */
  @Column({ type: 'jsonb', nullable: true })
  progress: Record<ProgressMethod, ProgressMeasure> | null;

  /** Progress toward the city's confirmed local target, per method; null without one. */
  @Column({ name: 'local_progress', type: 'jsonb', nullable: true })
  localProgress: Record<ProgressMethod, LocalTargetProgress> | null;
}

/** Spread of an indicator's approved headline values across cities in one year. */
@Entity({ name: 'analytics_distribution' })
export class AnalyticsDistributionEntity {
  @PrimaryColumn({
    name: 'indicator_id',
    type: 'integer',
    primaryKeyConstraintName: 'pk_analytics_distribution',
  })
  indicatorId: number;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_analytics_distribution' })
  year: number;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_analytics_distribution_indicator' })
  indicator: IndicatorEntity;

  @Column({ type: 'integer' })
  cities: number;

  @Column({ type: 'double precision' })
  min: number;

  @Column({ type: 'double precision' })
  q1: number;

  @Column({ type: 'double precision' })
  median: number;

  @Column({ type: 'double precision' })
  q3: number;

  @Column({ type: 'double precision' })
  max: number;
}
