import type { EntityManager } from 'typeorm';
import {
  PROGRESS_METHODS,
  type LocalTargetProgress,
  type ObservationStatus,
  type ProgressMeasure,
  type ProgressMethod,
} from '@lcm/contracts';
import { localTargetsInUse } from '../local-targets/local-target-reader';
import type { SqlRunner } from './analytics-sql';
import { cityIndicatorProgress, type ProgressSettings } from './city-indicator-progress';

/**
 * Keeps the analytics read tables (analytics_value, analytics_latest, analytics_distribution) equal to
 * what the approved submissions say. Approval is rare and reads are frequent, so the work is done here,
 * a city-year at a time, in the transaction that approves or reopens the submission: the analytics
 * change exactly when the approval commits, and never show a half-applied approval.
 *
 * analytics_latest also holds each city's progress per indicator, which depends on the city's whole
 * series, the indicator's target and valid range, and the city's local target: whatever changes one
 * of these rewrites the rows it touches (see `refreshLatest`).
 */

/** Any constant works; it serialises refreshes so each one sees the others' committed rows. */
const REFRESH_LOCK_KEY = 715_020_002;

/** Cities whose latest values are rewritten by one statement in a full rebuild (60 indicators each). */
const CITIES_PER_BATCH = 250;

const HEADLINE = `o.sex = '_T' AND o.age = '_T' AND o.urbanisation = '_T' AND o.disability_status = '_T'`;

const DISTRIBUTION_COLUMNS = `count(*)::int, min(v.value),
  percentile_cont(0.25) WITHIN GROUP (ORDER BY v.value),
  percentile_cont(0.5) WITHIN GROUP (ORDER BY v.value),
  percentile_cont(0.75) WITHIN GROUP (ORDER BY v.value), max(v.value)`;

/** Brings the read tables up to date with one city-year's submission, approved or not (any more). */
export async function refreshCityYearAnalytics(
  manager: EntityManager,
  cityId: number,
  year: number,
): Promise<void> {
  await lockRefreshes(manager);
  await manager.query('DELETE FROM analytics_value WHERE city_id = $1 AND year = $2', [cityId, year]);
  await manager.query(
    `INSERT INTO analytics_value (indicator_id, city_id, year, value, status)
     SELECT o.indicator_id, s.city_id, s.year, o.value, o.status
     FROM submission s JOIN observation o ON o.submission_id = s.id
     WHERE s.city_id = $1 AND s.year = $2 AND s.status = 'approved' AND o.value IS NOT NULL AND ${HEADLINE}`,
    [cityId, year],
  );
  await refreshLatest(manager, { cityIds: [cityId] });
  await manager.query('DELETE FROM analytics_distribution WHERE year = $1', [year]);
  // Per indicator, so that each reads one range of the primary key (indicator, year, city).
  await manager.query(
    `INSERT INTO analytics_distribution (indicator_id, year, cities, min, q1, median, q3, max)
     SELECT i.id, $1, d.*
     FROM indicator i
     CROSS JOIN LATERAL (
       SELECT ${DISTRIBUTION_COLUMNS} FROM analytics_value v WHERE v.indicator_id = i.id AND v.year = $1
     ) d
     WHERE d.count > 0`,
    [year],
  );
}

/** The settings of an indicator its progress measures depend on (see `ProgressSettings`). */
export const PROGRESS_SETTINGS: readonly (keyof ProgressSettings)[] = [
  'direction',
  'targetValue',
  'targetYear',
  'minValue',
  'maxValue',
];

/** Measures every city's progress on an indicator again, after one of its `PROGRESS_SETTINGS` changed. */
export async function refreshIndicatorProgress(manager: EntityManager, indicatorId: number): Promise<void> {
  await lockRefreshes(manager);
  await refreshLatest(manager, { indicatorId });
}

/** Measures a city's progress on an indicator again, after a local target was confirmed. */
export async function refreshLocalTargetProgress(
  manager: EntityManager,
  cityId: number,
  indicatorId: number,
): Promise<void> {
  await lockRefreshes(manager);
  await refreshLatest(manager, { cityIds: [cityId], indicatorId });
}

/** Rebuilds the read tables from every approved submission, e.g. after data was loaded in bulk. */
export async function rebuildAnalytics(manager: EntityManager): Promise<void> {
  await lockRefreshes(manager);
  await manager.query('TRUNCATE analytics_value, analytics_latest, analytics_distribution');
  await manager.query(
    `INSERT INTO analytics_value (indicator_id, city_id, year, value, status)
     SELECT o.indicator_id, s.city_id, s.year, o.value, o.status
     FROM submission s JOIN observation o ON o.submission_id = s.id
     WHERE s.status = 'approved' AND o.value IS NOT NULL AND ${HEADLINE}`,
  );
  const cities = await manager.query<{ cityId: number }[]>(
    'SELECT DISTINCT city_id AS "cityId" FROM analytics_value ORDER BY 1',
  );
  await refreshLatestInBatches(
    manager,
    cities.map((city) => city.cityId),
  );
  await manager.query(
    `INSERT INTO analytics_distribution (indicator_id, year, cities, min, q1, median, q3, max)
     SELECT v.indicator_id, v.year, ${DISTRIBUTION_COLUMNS} FROM analytics_value v GROUP BY v.indicator_id, v.year`,
  );
  // Back into indicator order (the table's clustering index), which the batches by city broke.
  await manager.query('CLUSTER analytics_latest');
  await manager.query('ANALYZE analytics_value, analytics_latest, analytics_distribution');
}

/**
 * Measures the progress of the rows that have none: those of a database upgraded from before progress
 * was stored. Returns how many cities it measured; later starts find none.
 */
export async function fillMissingProgress(manager: EntityManager): Promise<number> {
  await lockRefreshes(manager);
  const cities = await manager.query<{ cityId: number }[]>(
    'SELECT DISTINCT city_id AS "cityId" FROM analytics_latest WHERE progress IS NULL ORDER BY 1',
  );
  await refreshLatestInBatches(
    manager,
    cities.map((city) => city.cityId),
  );
  return cities.length;
}

function lockRefreshes(manager: EntityManager): Promise<unknown> {
  return manager.query('SELECT pg_advisory_xact_lock($1)', [REFRESH_LOCK_KEY]);
}

async function refreshLatestInBatches(manager: EntityManager, cityIds: readonly number[]): Promise<void> {
  for (let start = 0; start < cityIds.length; start += CITIES_PER_BATCH) {
    await refreshLatest(manager, { cityIds: cityIds.slice(start, start + CITIES_PER_BATCH) });
  }
}

/** Which rows of analytics_latest to rewrite: of some cities, of one indicator, or both. */
interface LatestScope {
  cityIds?: readonly number[];
  indicatorId?: number;
}

interface ProgressSettingsRow extends ProgressSettings {
  id: number;
}

/** A row of analytics_latest as written. */
interface LatestRow {
  indicator_id: number;
  city_id: number;
  year: number;
  value: number;
  status: ObservationStatus;
  progress: Record<ProgressMethod, ProgressMeasure>;
  local_progress: Record<ProgressMethod, LocalTargetProgress | null> | null;
}

interface SeriesRow {
  indicatorId: number;
  cityId: number;
  year: number;
  value: number;
  status: ObservationStatus;
}

/**
 * Rewrites the latest values in scope from analytics_value, each with its progress toward the global
 * target and the city's local target, by every method.
 */
async function refreshLatest(manager: EntityManager, scope: LatestScope): Promise<void> {
  const db: SqlRunner = (sql, params) => manager.query(sql, params);
  const cityIds = scope.cityIds ?? null;
  const indicatorId = scope.indicatorId ?? null;
  const where = '($1::int[] IS NULL OR city_id = ANY($1::int[])) AND ($2::int IS NULL OR indicator_id = $2)';
  // One after the other: a transaction has one connection.
  const indicators = await db<ProgressSettingsRow>(
    `SELECT id, direction, target_value AS "targetValue", target_year AS "targetYear",
            min_value AS "minValue", max_value AS "maxValue"
     FROM indicator WHERE $1::int IS NULL OR id = $1`,
    [indicatorId],
  );
  const series = await db<SeriesRow>(
    `SELECT indicator_id AS "indicatorId", city_id AS "cityId", year, value, status
     FROM analytics_value WHERE ${where} ORDER BY city_id, indicator_id, year`,
    [cityIds, indicatorId],
  );
  const targets = await localTargetsInUse(db, { cityIds, indicatorId });
  const settings = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const targetOf = new Map(targets.map((target) => [`${target.cityId}:${target.indicatorId}`, target]));
  const rows: LatestRow[] = [];
  // The series come ordered by city, indicator and year: each run of rows is one series, its last the latest.
  for (let end = 0, start = 0; end < series.length; end++) {
    const latest = series[end]!;
    const next = series[end + 1];
    if (next?.cityId === latest.cityId && next.indicatorId === latest.indicatorId) continue;
    const points = series.slice(start, end + 1);
    start = end + 1;
    const indicator = settings.get(latest.indicatorId)!;
    const localTarget = targetOf.get(`${latest.cityId}:${latest.indicatorId}`);
    const measured = byMethod((method) => cityIndicatorProgress(points, indicator, localTarget, method));
    rows.push({
      indicator_id: latest.indicatorId,
      city_id: latest.cityId,
      year: latest.year,
      value: latest.value,
      status: latest.status,
      progress: byMethod((method) => measured[method].globalProgress),
      local_progress: localTarget ? byMethod((method) => measured[method].localProgress) : null,
    });
  }
  // Series no longer there (a reopened city-year was their only approved one) lose their row.
  await manager.query(
    `DELETE FROM analytics_latest l WHERE ${where} AND NOT EXISTS (
       SELECT 1 FROM unnest($3::int[], $4::int[]) AS kept(indicator_id, city_id)
       WHERE kept.indicator_id = l.indicator_id AND kept.city_id = l.city_id)`,
    [cityIds, indicatorId, rows.map((row) => row.indicator_id), rows.map((row) => row.city_id)],
  );
  // Updated in place rather than deleted and inserted, so that each row keeps its page among its
  // indicator's rows (see the AnalyticsIndicatorOrder migration); unchanged rows are not rewritten.
  // One statement for the whole scope; JSON keeps the stored values exactly as read (shortest round trip).
  await manager.query(
    `INSERT INTO analytics_latest AS l (indicator_id, city_id, year, value, status, progress, local_progress)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(indicator_id int, city_id int, year smallint,
       value float8, status text, progress jsonb, local_progress jsonb)
     ON CONFLICT (indicator_id, city_id) DO UPDATE
       SET year = excluded.year, value = excluded.value, status = excluded.status,
           progress = excluded.progress, local_progress = excluded.local_progress
       WHERE (l.year, l.value, l.status, l.progress, l.local_progress)
         IS DISTINCT FROM (excluded.year, excluded.value, excluded.status, excluded.progress, excluded.local_progress)`,
    [JSON.stringify(rows)],
  );
}

function byMethod<T>(measure: (method: ProgressMethod) => T): Record<ProgressMethod, T> {
  return Object.fromEntries(PROGRESS_METHODS.map((method) => [method, measure(method)])) as Record<
    ProgressMethod,
    T
  >;
}
