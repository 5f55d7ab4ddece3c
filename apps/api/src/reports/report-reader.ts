import type { ObservationStatus, SubmissionStatus } from '@lcm/contracts';
import {
  headlineValues,
  meritSql,
  SqlParams,
  type SqlRunner,
  type ValueScope,
} from '../analytics/analytics-sql';

/*
 * The statements behind a report. Each reads one indexed range: the city's submissions by
 * (city_id, year) and their observations by submission; the peers' approved values through the covering
 * index of analytics_value on (city_id, indicator_id, year).
 */

/** A year of the city with data, and the review status of its submission. */
export interface CityYearRow {
  year: number;
  status: SubmissionStatus;
}

/** Years with at least one value; unapproved ones only for the insider version. */
export function cityYears(db: SqlRunner, cityId: number, insider: boolean): Promise<CityYearRow[]> {
  return db<CityYearRow>(
    `SELECT s.year, s.status FROM submission s
     WHERE s.city_id = $1 AND (s.status = 'approved' OR $2)
       AND EXISTS (SELECT 1 FROM observation o WHERE o.submission_id = s.id AND o.value IS NOT NULL)
     ORDER BY s.year`,
    [cityId, insider],
  );
}

/** A value of the report's city: the headline value, or the value of one group of one dimension. */
export interface CityValueRow {
  indicatorId: number;
  year: number;
  value: number;
  status: ObservationStatus;
  approved: boolean;
  source: string | null;
  comment: string | null;
  sex: string;
  urbanisation: string;
  disabilityStatus: string;
}

/**
 * The city's values up to the report year: headline values and the breakdowns by one of sex, location
 * or disability (all other dimensions at their total), oldest first. Approved ones unless `insider`.
 */
export function cityValues(
  db: SqlRunner,
  cityId: number,
  upToYear: number,
  insider: boolean,
): Promise<CityValueRow[]> {
  return db<CityValueRow>(
    `SELECT o.indicator_id AS "indicatorId", s.year, o.value, o.status, s.status = 'approved' AS approved,
            o.source, o.comment, o.sex, o.urbanisation, o.disability_status AS "disabilityStatus"
     FROM submission s JOIN observation o ON o.submission_id = s.id
     WHERE s.city_id = $1 AND s.year <= $2 AND (s.status = 'approved' OR $3)
       AND o.value IS NOT NULL AND o.age = '_T'
       AND (o.sex <> '_T')::int + (o.urbanisation <> '_T')::int + (o.disability_status <> '_T')::int <= 1
     ORDER BY o.indicator_id, s.year`,
    [cityId, upToYear, insider],
  );
}

/** A peer city's latest headline value of an indicator up to the report year, with its merit for ranking. */
export interface PeerValueRow {
  indicatorId: number;
  cityId: number;
  year: number;
  value: number;
  /** Larger is better; null when the indicator cannot rank cities (aimed at a target it does not have). */
  merit: number | null;
}

/** Every peer city's latest value of every indicator up to the report year, in the scope. */
export function peerLatestValues(
  db: SqlRunner,
  peerIds: readonly number[],
  upToYear: number,
  scope: ValueScope,
): Promise<PeerValueRow[]> {
  const params = new SqlParams();
  const sql = `SELECT DISTINCT ON (hv.indicator_id, hv.city_id) hv.indicator_id AS "indicatorId",
      hv.city_id AS "cityId", hv.year, hv.value, ${meritSql('hv.value', 'i')} AS merit
    FROM ${headlineValues(scope, params)} hv JOIN indicator i ON i.id = hv.indicator_id
    WHERE hv.city_id = ANY(${params.add(peerIds)}::int[]) AND hv.year <= ${params.add(upToYear)}
    ORDER BY hv.indicator_id, hv.city_id, hv.year DESC`;
  return db<PeerValueRow>(sql, params.values);
}
