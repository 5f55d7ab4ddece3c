/**
 * The per-job staging tables and the set-based SQL over them. Rows of a file go in once with COPY;
 * conflicts, identical duplicates and the comparison with stored values are each one statement,
 * whatever the number of rows, and nothing here reads rows into JavaScript.
 */
import type { ImportChangeKind } from '@lcm/contracts';

export const STAGING_SCHEMA = 'import_staging';

/** The tables of one job. */
export interface StagingTables {
  /** Every mapped row as read, observations and rejected rows alike. */
  raw: string;
  /** Keys that occur more than once, with whether their rows disagree. */
  duplicates: string;
  /** The rows that will be written, each compared with what is stored. */
  candidates: string;
  /** Rows of the file that share a key and differ. */
  conflicts: string;
}

export function stagingTables(jobId: string): StagingTables {
  const suffix = jobId.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/.test(suffix)) throw new Error(`Not a job id: ${jobId}`);
  const table = (prefix: string) => `"${STAGING_SCHEMA}"."${prefix}_${suffix}"`;
  return {
    raw: table('raw'),
    duplicates: table('dup'),
    candidates: table('cand'),
    conflicts: table('conf'),
  };
}

export function dropStagingSql(tables: StagingTables): string {
  return `DROP TABLE IF EXISTS ${tables.raw}, ${tables.duplicates}, ${tables.candidates}, ${tables.conflicts}`;
}

/**
 * Columns of the raw table in COPY order; `kind` is `o` (observation) or `r` (rejected row);
 * `repeat_hint` marks observations whose key may have occurred earlier in the file (RepeatedKeyHints).
 */
export const RAW_COLUMNS = [
  'row_no',
  'kind',
  'conflict_key',
  'conflict_value',
  'indicator_id',
  'year',
  'time_detail',
  'sex',
  'age',
  'urbanisation',
  'disability_status',
  'value',
  'status',
  'source',
  'comment',
  'action',
  'repeat_hint',
] as const;

export function createRawSql(tables: StagingTables): string {
  // Unlogged: the rows can be read again from the file, so they need no crash safety.
  return `CREATE UNLOGGED TABLE ${tables.raw} (
    row_no integer NOT NULL, kind "char" NOT NULL, conflict_key text, conflict_value text,
    indicator_id integer, year smallint, time_detail text, sex text, age text, urbanisation text,
    disability_status text, value double precision, status text, source text, comment text, action "char",
    repeat_hint boolean NOT NULL
  )`;
}

export function copyRawSql(tables: StagingTables): string {
  return `COPY ${tables.raw} (${RAW_COLUMNS.join(', ')}) FROM STDIN`;
}

const KEY = 'indicator_id, year, sex, age, urbanisation, disability_status';

/**
 * Keys of observations that occur more than once, with the first row and whether the rows disagree
 * on value, status or action. Only keys the reader hinted as possibly repeated are grouped (a key
 * seen once is never hinted), so a file without repeats costs one scan instead of grouping every row;
 * `HAVING` drops the keys hinted only because their hash collided with another key's.
 */
export function duplicatesSql(tables: StagingTables): string {
  return `CREATE UNLOGGED TABLE ${tables.duplicates} AS
    WITH hinted AS (
      SELECT DISTINCT ${KEY} FROM ${tables.raw} WHERE kind = 'o' AND repeat_hint
    )
    SELECT ${KEY}, min(r.row_no) AS first_row,
           count(DISTINCT (r.value, r.status, r.action)) > 1 AS conflicting
    FROM ${tables.raw} r JOIN hinted USING (${KEY})
    WHERE r.kind = 'o'
    GROUP BY ${KEY}
    HAVING count(*) > 1`;
}

/** Text shown for one side of a conflict: the value, with its status unless normal. */
const CONFLICT_TEXT = `CASE WHEN r.value IS NULL THEN '(' || r.status || ')'
  ELSE r.value::text || CASE WHEN r.status <> 'A' THEN ' (' || r.status || ')' ELSE '' END END`;

/**
 * Rows in conflict: observations of a disagreeing key, and rejected rows whose own key (the file's
 * year and category cells) repeats with another value. Each row carries its group for the report.
 */
export function conflictsSql(tables: StagingTables): string {
  return `CREATE UNLOGGED TABLE ${tables.conflicts} AS
    SELECT concat_ws('|', d.indicator_id, d.year, d.sex, d.age, d.urbanisation, d.disability_status) AS group_key,
           r.row_no, r.indicator_id, r.year, r.sex, r.age, r.urbanisation, r.disability_status,
           ${CONFLICT_TEXT} AS shown, r.status
    FROM ${tables.raw} r JOIN ${tables.duplicates} d USING (${KEY})
    WHERE r.kind = 'o' AND d.conflicting
    UNION ALL
    SELECT 'file|' || r.conflict_key, r.row_no, NULL, NULL, NULL, NULL, NULL, NULL, r.conflict_value, NULL
    FROM ${tables.raw} r
    WHERE r.kind = 'r' AND r.conflict_key IN (
      SELECT conflict_key FROM ${tables.raw} WHERE kind = 'r'
      GROUP BY conflict_key HAVING count(DISTINCT conflict_value) > 1
    )`;
}

/**
 * The rows to write: every observation row except those in a conflict and the repeats of identical
 * rows, compared with the city's stored value of the same key. ACTION M keeps a stored source and
 * comment the file leaves blank; R replaces them; D deletes the stored value.
 */
export function candidatesSql(tables: StagingTables): string {
  return `CREATE UNLOGGED TABLE ${tables.candidates} AS
    SELECT c.*,
           (CASE
              WHEN c.action = 'D' THEN CASE WHEN c.stored_id IS NULL THEN 'unchanged' ELSE 'deleted' END
              WHEN c.stored_id IS NULL THEN 'new'
              WHEN c.value IS NOT DISTINCT FROM c.stored_value AND c.status = c.stored_status
                AND c.source IS NOT DISTINCT FROM c.stored_source AND c.comment IS NOT DISTINCT FROM c.stored_comment
                AND c.time_detail IS NOT DISTINCT FROM c.stored_time_detail THEN 'unchanged'
              ELSE 'changed'
            END)::text AS change
    FROM (
      SELECT r.row_no, r.indicator_id, r.year, r.time_detail, r.sex, r.age, r.urbanisation, r.disability_status,
             r.value, r.status, r.action,
             CASE WHEN r.action = 'M' THEN COALESCE(r.source, o.source) ELSE r.source END AS source,
             CASE WHEN r.action = 'M' THEN COALESCE(r.comment, o.comment) ELSE r.comment END AS comment,
             o.id AS stored_id, o.value AS stored_value, o.status AS stored_status, o.source AS stored_source,
             o.comment AS stored_comment, o.time_detail AS stored_time_detail
      FROM ${tables.raw} r
      LEFT JOIN ${tables.duplicates} d USING (${KEY})
      LEFT JOIN submission s ON s.city_id = $1 AND s.year = r.year
      LEFT JOIN observation o ON o.submission_id = s.id AND o.indicator_id = r.indicator_id AND o.sex = r.sex
        AND o.age = r.age AND o.urbanisation = r.urbanisation AND o.disability_status = r.disability_status
      WHERE r.kind = 'o' AND (d.first_row IS NULL OR (NOT d.conflicting AND d.first_row = r.row_no))
    ) c`;
}

export interface ChangeCount {
  change: ImportChangeKind;
  year: number;
  count: number;
}

export function changeCountsSql(tables: StagingTables): string {
  return `SELECT change, year, count(*)::int AS count FROM ${tables.candidates} GROUP BY change, year`;
}

/** Disaggregation key text as the audit trail writes it (`SEX=F;URBANISATION=R`, or `total`). */
const DISAGGREGATION_KEY = `COALESCE(NULLIF(concat_ws(';',
    CASE WHEN c.sex <> '_T' THEN 'SEX=' || c.sex END,
    CASE WHEN c.age <> '_T' THEN 'AGE=' || c.age END,
    CASE WHEN c.urbanisation <> '_T' THEN 'URBANISATION=' || c.urbanisation END,
    CASE WHEN c.disability_status <> '_T' THEN 'DISABILITY_STATUS=' || c.disability_status END), ''), 'total')`;

/**
 * Adds the new values ($1 city id). A plain INSERT, not an upsert: the commit holds the lock of every
 * target submission, which every writer of values takes first, so no other row of these keys can appear.
 */
export function insertNewSql(tables: StagingTables): string {
  return `INSERT INTO observation (submission_id, indicator_id, sex, age, urbanisation, disability_status,
                                   value, status, source, comment, time_detail)
    SELECT s.id, c.indicator_id, c.sex, c.age, c.urbanisation, c.disability_status,
           c.value, c.status, c.source, c.comment, c.time_detail
    FROM ${tables.candidates} c JOIN submission s ON s.city_id = $1 AND s.year = c.year
    WHERE c.change = 'new'`;
}

/** Overwrites the changed values ($1 city id), found by the natural key uq_observation_key. */
export function updateChangedSql(tables: StagingTables): string {
  return `UPDATE observation o SET value = c.value, status = c.status, source = c.source, comment = c.comment,
                                   time_detail = c.time_detail, updated_at = now()
    FROM ${tables.candidates} c, submission s
    WHERE c.change = 'changed' AND s.city_id = $1 AND s.year = c.year AND o.submission_id = s.id
      AND o.indicator_id = c.indicator_id AND o.sex = c.sex AND o.age = c.age
      AND o.urbanisation = c.urbanisation AND o.disability_status = c.disability_status`;
}

/** Removes the values ACTION D rows name ($1 city id). */
export function deleteSql(tables: StagingTables): string {
  return `DELETE FROM observation o
    USING ${tables.candidates} c, submission s
    WHERE c.change = 'deleted' AND s.city_id = $1 AND s.year = c.year AND o.submission_id = s.id
      AND o.indicator_id = c.indicator_id AND o.sex = c.sex AND o.age = c.age
      AND o.urbanisation = c.urbanisation AND o.disability_status = c.disability_status`;
}

/**
 * One audit entry per value the commit adds, changes or deletes, in the same transaction.
 * $1 city id, $2 actor id, $3 actor label, $4 reason (names the file and its hash).
 */
export function auditSql(tables: StagingTables): string {
  const audited = (prefix: string) =>
    `jsonb_build_object('value', ${prefix}value, 'status', ${prefix}status, 'source', ${prefix}source, 'comment', ${prefix}comment)`;
  return `INSERT INTO audit_event (actor_id, actor_label, city_id, year, submission_id, action,
                                   indicator_code, disaggregation, old_value, new_value, reason)
    SELECT $2::uuid, $3, $1::int, c.year, s.id,
           CASE c.change WHEN 'new' THEN 'value_added' WHEN 'changed' THEN 'value_changed' ELSE 'value_deleted' END,
           i.code, ${DISAGGREGATION_KEY},
           CASE WHEN c.change = 'new' THEN NULL ELSE ${audited('c.stored_')} END,
           CASE WHEN c.change = 'deleted' THEN NULL ELSE ${audited('c.')} END,
           $4
    FROM ${tables.candidates} c
    JOIN submission s ON s.city_id = $1 AND s.year = c.year
    JOIN indicator i ON i.id = c.indicator_id
    WHERE c.change <> 'unchanged'`;
}
