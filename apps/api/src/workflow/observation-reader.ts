import type { EntityManager } from 'typeorm';
import type { ObservationDto } from '@lcm/contracts';
import { compactDisaggregation } from '@lcm/domain';

export interface ObservationFilter {
  year?: number;
  indicator?: string;
  /** Only values of approved submissions: what callers who may not see unapproved data get. */
  approvedOnly: boolean;
}

interface ObservationRow {
  indicator: string;
  year: number;
  sex: string;
  age: string;
  urbanisation: string;
  disabilityStatus: string;
  value: number | null;
  status: ObservationDto['status'];
  source: string | null;
  comment: string | null;
}

/** A city's observations in API shape, ordered by indicator, year and disaggregation. */
export async function readObservations(
  manager: EntityManager,
  cityId: number,
  filter: ObservationFilter,
): Promise<ObservationDto[]> {
  const params: unknown[] = [cityId];
  let conditions = '';
  if (filter.year !== undefined) {
    params.push(filter.year);
    conditions += ` AND s.year = $${params.length}`;
  }
  if (filter.indicator) {
    params.push(filter.indicator);
    conditions += ` AND i.code = $${params.length}`;
  }
  if (filter.approvedOnly) conditions += ` AND s.status = 'approved'`;
  const rows = await manager.query<ObservationRow[]>(
    `SELECT i.code AS indicator, s.year, o.sex, o.age, o.urbanisation, o.disability_status AS "disabilityStatus",
            o.value, o.status, o.source, o.comment
     FROM observation o
     JOIN submission s ON s.id = o.submission_id
     JOIN indicator i ON i.id = o.indicator_id
     WHERE s.city_id = $1${conditions}
     ORDER BY i.code, s.year, o.sex, o.age, o.urbanisation, o.disability_status`,
    params,
  );
  return rows.map((row) => ({
    indicator: row.indicator,
    year: row.year,
    disaggregation: compactDisaggregation({
      SEX: row.sex,
      AGE: row.age,
      URBANISATION: row.urbanisation,
      DISABILITY_STATUS: row.disabilityStatus,
    }),
    value: row.value,
    status: row.status,
    source: row.source,
    comment: row.comment,
  }));
}
