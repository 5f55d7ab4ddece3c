import type { SqlRunner } from '../analytics/analytics-sql';

export interface ConfirmedLocalTarget {
  id: number;
  indicatorId: number;
  targetValue: number;
  targetYear: number;
}

/** The latest confirmed target of each indicator is the one in use: later decisions replace earlier ones. */
export const inUseOrder = (alias: string): string => `${alias}.decided_at DESC, ${alias}.id DESC`;

/** The local targets in use for a city, one per indicator at most. */
export function confirmedLocalTargets(db: SqlRunner, cityId: number): Promise<ConfirmedLocalTarget[]> {
  return db<ConfirmedLocalTarget>(
    `SELECT DISTINCT ON (t.indicator_id) t.id, t.indicator_id AS "indicatorId", t.target_value AS "targetValue",
            t.target_year AS "targetYear"
     FROM local_target t WHERE t.city_id = $1 AND t.status = 'confirmed'
     ORDER BY t.indicator_id, ${inUseOrder('t')}`,
    [cityId],
  );
}
