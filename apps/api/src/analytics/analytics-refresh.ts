import type { EntityManager } from 'typeorm';

/**
 * Keeps the analytics read tables (analytics_value, analytics_latest, analytics_distribution) equal to
 * what the approved submissions say. Approval is rare and reads are frequent, so the work is done here,
 * a city-year at a time, in the transaction that approves or reopens the submission: the analytics
 * change exactly when the approval commits, and never show a half-applied approval.
 */

/** Any constant works; it serialises refreshes so each one sees the others' committed rows. */
const REFRESH_LOCK_KEY = 715_020_002;

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
  await manager.query('SELECT pg_advisory_xact_lock($1)', [REFRESH_LOCK_KEY]);
  await manager.query('DELETE FROM analytics_value WHERE city_id = $1 AND year = $2', [cityId, year]);
  await manager.query(
    `INSERT INTO analytics_value (indicator_id, city_id, year, value, status)
     SELECT o.indicator_id, s.city_id, s.year, o.value, o.status
     FROM submission s JOIN observation o ON o.submission_id = s.id
     WHERE s.city_id = $1 AND s.year = $2 AND s.status = 'approved' AND o.value IS NOT NULL AND ${HEADLINE}`,
    [cityId, year],
  );
  await manager.query('DELETE FROM analytics_latest WHERE city_id = $1', [cityId]);
  await manager.query(
    `INSERT INTO analytics_latest (indicator_id, city_id, year, value, status)
     SELECT DISTINCT ON (indicator_id) indicator_id, city_id, year, value, status
     FROM analytics_value WHERE city_id = $1 ORDER BY indicator_id, year DESC`,
    [cityId],
  );
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

/** Rebuilds the read tables from every approved submission, e.g. after data was loaded in bulk. */
export async function rebuildAnalytics(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [REFRESH_LOCK_KEY]);
  await manager.query('TRUNCATE analytics_value, analytics_latest, analytics_distribution');
  await manager.query(
    `INSERT INTO analytics_value (indicator_id, city_id, year, value, status)
     SELECT o.indicator_id, s.city_id, s.year, o.value, o.status
     FROM submission s JOIN observation o ON o.submission_id = s.id
     WHERE s.status = 'approved' AND o.value IS NOT NULL AND ${HEADLINE}`,
  );
  await manager.query(
    `INSERT INTO analytics_latest (indicator_id, city_id, year, value, status)
     SELECT DISTINCT ON (indicator_id, city_id) indicator_id, city_id, year, value, status
     FROM analytics_value ORDER BY indicator_id, city_id, year DESC`,
  );
  await manager.query(
    `INSERT INTO analytics_distribution (indicator_id, year, cities, min, q1, median, q3, max)
     SELECT v.indicator_id, v.year, ${DISTRIBUTION_COLUMNS} FROM analytics_value v GROUP BY v.indicator_id, v.year`,
  );
  await manager.query('ANALYZE analytics_value, analytics_latest, analytics_distribution');
}
