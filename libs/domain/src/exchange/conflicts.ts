import type { CandidateObservation, MappedRow, RowConflict } from './types';

/** Identity of an observation within one city: indicator, year and every disaggregation code. */
export function observationKey(
  o: Pick<
    CandidateObservation,
    'indicatorCode' | 'year' | 'sex' | 'age' | 'urbanisation' | 'disabilityStatus'
  >,
): string {
  return `${o.indicatorCode}|${o.year}|${o.sex}|${o.age}|${o.urbanisation}|${o.disabilityStatus}`;
}

/**
 * Rows sharing a key with different values, in memory. Fine for small files and tests; for big files the
 * API stores each row's `conflictKey` and `conflictValue` and finds the same groups with one SQL query.
 * Rows repeating the same key with the same value are not a conflict.
 */
export function findConflicts(rows: readonly MappedRow[]): RowConflict[] {
  const groups = new Map<string, MappedRow[]>();
  for (const row of rows) {
    if (row.kind === 'empty') continue;
    const group = groups.get(row.conflictKey);
    if (group) group.push(row);
    else groups.set(row.conflictKey, [row]);
  }
  const conflicts: RowConflict[] = [];
  for (const [conflictKey, group] of groups) {
    if (new Set(group.map((row) => row.conflictValue)).size < 2) continue;
    const [first] = group;
    const observation = first?.kind === 'observation' ? first.observation : null;
    conflicts.push({
      conflictKey,
      rows: group.map((row) => ({ row: row.row, value: row.conflictValue })),
      indicatorCode: observation?.indicatorCode ?? null,
      year: observation?.year ?? null,
      disaggregation: observation
        ? {
            SEX: observation.sex,
            AGE: observation.age,
            URBANISATION: observation.urbanisation,
            DISABILITY_STATUS: observation.disabilityStatus,
          }
        : null,
    });
  }
  return conflicts;
}
