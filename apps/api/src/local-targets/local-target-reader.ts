import type { SqlRunner } from '../analytics/analytics-sql';

export interface ConfirmedLocalTarget {
  id: number;
  cityId: number;
  indicatorId: number;
  targetValue: number;
  targetYear: number;
}

/** The latest confirmed target of each indicator is the one in use: later decisions replace earlier ones. */
export const inUseOrder = (alias: string): string => `${alias}.decided_at DESC, ${alias}.id DESC`;

/** The local targets in use, one per city and indicator at most; of some cities and one indicator if asked. */
export function localTargetsInUse(
  db: SqlRunner,
  { cityIds = null, indicatorId = null }: { cityIds?: readonly number[] | null; indicatorId?: number | null },
): Promise<ConfirmedLocalTarget[]> {
  return db<ConfirmedLocalTarget>(
    `SELECT DISTINCT ON (t.city_id, t.indicator_id) t.id, t.city_id AS "cityId", t.indicator_id AS "indicatorId",
            t.target_value AS "targetValue", t.target_year AS "targetYear"
     FROM local_target t
     WHERE t.status = 'confirmed' AND ($1::int[] IS NULL OR t.city_id = ANY($1::int[]))
       AND ($2::int IS NULL OR t.indicator_id = $2)
     ORDER BY t.city_id, t.indicator_id, ${inUseOrder('t')}`,
    [cityIds, indicatorId],
  );
}

/** The local targets in use for a city, one per indicator at most. */
export function confirmedLocalTargets(db: SqlRunner, cityId: number): Promise<ConfirmedLocalTarget[]> {
  return localTargetsInUse(db, { cityIds: [cityId] });
}
