import type {
  AnalyticsCity,
  AnalyticsIndicator,
  ObservationStatus,
  ScoreBandThresholds,
} from '@lcm/contracts';
import type { DataSource } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { SCORE_BANDS_SQL } from '../indicators/indicator.entity';

/**
 * Runs one SQL statement and returns its rows. The analytics read their data through this, so that the
 * API (over TypeORM) and the benchmark (over plain pg) run exactly the same statements.
 */
export type SqlRunner = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

export function sqlRunnerOf(dataSource: DataSource): SqlRunner {
  return (sql, params) => dataSource.query(sql, params);
}

/** Collects positional parameters while a statement is assembled. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Which values an answer is built from: approved ones (the read tables), or with a preview also the
 * unapproved values of every city (network staff) or of some cities (their own people).
 */
export type ValueScope =
  { kind: 'approved' } | { kind: 'all' } | { kind: 'cities'; cityIds: readonly number[] };

export const APPROVED_ONLY: ValueScope = { kind: 'approved' };

const HEADLINE = `o.sex = '_T' AND o.age = '_T' AND o.urbanisation = '_T' AND o.disability_status = '_T'`;

/** Headline values of any review status, straight from the submissions (previews only). */
const SUBMITTED_HEADLINE = `SELECT o.indicator_id, s.city_id, s.year, o.value, o.status
  FROM submission s JOIN observation o ON o.submission_id = s.id
  WHERE o.value IS NOT NULL AND ${HEADLINE}`;

/**
 * A relation of headline values (indicator_id, city_id, year, value, status) in the scope, to use in
 * FROM. Approved-only reads the indexed read table itself.
 */
export function headlineValues(scope: ValueScope, params: SqlParams): string {
  switch (scope.kind) {
    case 'approved':
      return 'analytics_value';
    case 'all':
      return `(${SUBMITTED_HEADLINE})`;
    case 'cities': {
      const ids = params.add(scope.cityIds);
      return `(${SUBMITTED_HEADLINE} AND s.city_id = ANY(${ids}::int[])
        UNION ALL
        SELECT indicator_id, city_id, year, value, status FROM analytics_value WHERE NOT (city_id = ANY(${ids}::int[])))`;
    }
  }
}

/** A relation of the latest headline value per city and indicator in the scope. */
export function latestValues(scope: ValueScope, params: SqlParams): string {
  if (scope.kind === 'approved') return 'analytics_latest';
  return `(SELECT DISTINCT ON (indicator_id, city_id) indicator_id, city_id, year, value, status
    FROM ${headlineValues(scope, params)} hv ORDER BY indicator_id, city_id, year DESC)`;
}

/**
 * How good a value is, as one number that is larger when better: the value itself when higher is
 * better, its negative when lower is better, and minus its distance from the target otherwise
 * (null without a target). Used to rank cities.
 */
export function meritSql(value: string, indicator: string): string {
  return `CASE ${indicator}.direction WHEN 'higher' THEN ${value} WHEN 'lower' THEN -${value}
    ELSE -abs(${value} - ${indicator}.target_value) END`;
}

export interface CityRow extends AnalyticsCity {
  id: number;
}

export const CITY_COLUMNS = `c.id, c.slug, c.name, c.country_iso3 AS "countryIso3", c.country_name AS "countryName",
  c.region, c.population, c.latitude, c.longitude`;

export async function cityBySlug(db: SqlRunner, slug: string): Promise<CityRow | undefined> {
  const [city] = await db<CityRow>(`SELECT ${CITY_COLUMNS} FROM city c WHERE c.slug = $1`, [slug]);
  return city;
}

/** The city of a path: unknown is a 404 naming the slug. */
export async function requireCity(db: SqlRunner, slug: string): Promise<CityRow> {
  const city = await cityBySlug(db, slug);
  if (!city) throw ApiException.notFound(`No city with slug '${slug}'`);
  return city;
}

export function toAnalyticsCity(row: CityRow): AnalyticsCity {
  return {
    slug: row.slug,
    name: row.name,
    countryIso3: row.countryIso3,
    countryName: row.countryName,
    region: row.region,
    population: row.population,
    latitude: row.latitude,
    longitude: row.longitude,
  };
}

/** An indicator with what the methods need; the worst bound is already resolved (see `INDICATOR_COLUMNS`). */
export interface IndicatorRow extends AnalyticsIndicator {
  id: number;
  /** Stored colour thresholds; null uses the defaults. */
  scoreBands: ScoreBandThresholds | null;
  minValue: number | null;
  maxValue: number | null;
  dimensions: string[];
}

/**
 * Indicator columns. An indicator without a stored worst bound scores against the network's 2.5th
 * percentile (for lower-is-better, the 97.5th) of the latest approved values, as the product decided.
 */
export const INDICATOR_COLUMNS = `i.id, i.code, i.name, i.unit, i.unit_label AS "unitLabel", i.direction, i.decimals,
  i.target_value AS "targetValue", i.target_year AS "targetYear", i.best_bound AS "bestBound",
  COALESCE(i.worst_bound, (
    SELECT percentile_cont(CASE WHEN i.direction = 'lower' THEN 0.975 ELSE 0.025 END) WITHIN GROUP (ORDER BY l.value)
    FROM analytics_latest l WHERE l.indicator_id = i.id)) AS "worstBound",
  i.min_value AS "minValue", i.max_value AS "maxValue", i.dimensions, ${SCORE_BANDS_SQL} AS "scoreBands"`;

/** The indicator of a path: unknown is a 404 naming the code. */
export async function requireIndicator(db: SqlRunner, code: string): Promise<IndicatorRow> {
  const [indicator] = await db<IndicatorRow>(
    `SELECT ${INDICATOR_COLUMNS} FROM indicator i WHERE i.code = $1`,
    [code],
  );
  if (!indicator) throw ApiException.notFound(`No indicator with code '${code}'`);
  return indicator;
}

export function toAnalyticsIndicator(row: IndicatorRow): AnalyticsIndicator {
  return {
    code: row.code,
    name: row.name,
    unit: row.unit,
    unitLabel: row.unitLabel,
    direction: row.direction,
    decimals: row.decimals,
    targetValue: row.targetValue,
    targetYear: row.targetYear,
    bestBound: row.bestBound,
    worstBound: row.worstBound,
  };
}

/** A headline value as read. */
export interface ValueRow {
  indicatorId: number;
  cityId: number;
  year: number;
  value: number;
  status: ObservationStatus;
}
