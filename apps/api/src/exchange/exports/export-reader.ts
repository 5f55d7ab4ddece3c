import type { DataSource } from 'typeorm';
import type { ExportedObservation } from '@lcm/contracts';

/** Which observations an export holds; every list empty or absent means "all". */
export interface ExportSelection {
  cityIds?: readonly number[];
  indicatorCodes?: readonly string[];
  years?: readonly number[];
  /** Cities whose unapproved values are included (`all`: every city); other cities give approved values only. */
  unapprovedCityIds: readonly number[] | 'all';
  /** `indicator` groups rows by indicator first (one Open SDG file each), `city` by city first. */
  order: 'city' | 'indicator';
}

/** Rows fetched from the cursor per round trip: large enough to be fast, small enough to stay light. */
const BATCH_SIZE = 2000;

const ORDER = {
  city: 'c.slug, i.code, s.year, o.sex, o.age, o.urbanisation, o.disability_status',
  indicator: 'i.code, c.slug, s.year, o.sex, o.age, o.urbanisation, o.disability_status',
};

/**
 * Streams the selected observations through a server-side cursor, a batch at a time, so an export of
 * millions of values never holds more than one batch. The cursor lives in a read-only transaction on a
 * connection of its own, released when the consumer finishes or stops early (a cancelled download).
 */
export async function* exportedObservations(
  dataSource: DataSource,
  selection: ExportSelection,
): AsyncGenerator<ExportedObservation> {
  const params: unknown[] = [];
  const conditions: string[] = [];
  if (selection.unapprovedCityIds !== 'all') {
    params.push(selection.unapprovedCityIds);
    conditions.push(`(s.status = 'approved' OR s.city_id = ANY($1::int[]))`);
  }
  const filter = (values: readonly unknown[] | undefined, column: string, type: string) => {
    if (!values?.length) return;
    params.push(values);
    conditions.push(`${column} = ANY($${params.length}::${type}[])`);
  };
  filter(selection.cityIds, 's.city_id', 'int');
  filter(selection.indicatorCodes, 'i.code', 'text');
  filter(selection.years, 's.year', 'int');

  const runner = dataSource.createQueryRunner('slave');
  await runner.connect();
  let finished = false;
  try {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await runner.query(
      `DECLARE export_cursor NO SCROLL CURSOR FOR
       SELECT c.slug AS city, c.name AS "cityName", s.year, o.time_detail AS "timeDetail",
              i.code AS indicator, i.name AS "indicatorName", coalesce(i.sdg_series_code, i.code) AS series,
              i.unit, i.unit_label AS "unitLabel", o.sex, o.age, o.urbanisation,
              o.disability_status AS "disabilityStatus", o.value, o.status, o.source, o.comment,
              s.status AS "reportStatus"
       FROM observation o
       JOIN submission s ON s.id = o.submission_id
       JOIN city c ON c.id = s.city_id
       JOIN indicator i ON i.id = o.indicator_id
       WHERE ${conditions.length ? conditions.join(' AND ') : 'true'}
       ORDER BY ${ORDER[selection.order]}`,
      params,
    );
    for (;;) {
      const batch = (await runner.query(`FETCH ${BATCH_SIZE} FROM export_cursor`)) as ExportedObservation[];
      yield* batch;
      if (batch.length < BATCH_SIZE) break;
    }
    await runner.query('COMMIT');
    finished = true;
  } finally {
    // A consumer that stopped early leaves the transaction open: close it before the connection goes back.
    if (!finished) await runner.query('ROLLBACK').catch(() => undefined);
    await runner.release();
  }
}
