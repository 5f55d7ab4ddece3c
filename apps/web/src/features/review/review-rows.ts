import type {
  CycleConsoleRow,
  Disaggregation,
  IndicatorDto,
  ObservationDto,
  ObservationStatus,
  PlausibilityResponse,
  PlausibilityWarning,
} from '@lcm/contracts';
import { cellKey, type EntryGrid, type GridColumn } from '../reporting/entry-grid';
import { indexPlausibility } from '../reporting/cell-state';

/** One reported value beside last year's. */
export interface ReviewRow {
  key: string;
  indicator: IndicatorDto;
  column: GridColumn;
  disaggregation: Disaggregation;
  value: number | null;
  status: ObservationStatus;
  /** The city's own note on the value. */
  note: string | null;
  /** The value of the year before, whatever its review status; null when there is none. */
  lastYear: number | null;
  change: number | null;
  changePercent: number | null;
  warnings: PlausibilityWarning[];
}

export interface ReviewSection {
  code: string;
  label: string;
  rows: ReviewRow[];
}

/**
 * The submission as a diff against last year, in the order of the entry grid (areas, indicators,
 * then total and breakdowns), with the plausibility warnings of each stored value.
 */
export function buildReviewSections(
  grid: EntryGrid,
  observations: readonly ObservationDto[],
  plausibility: PlausibilityResponse | undefined,
): ReviewSection[] {
  const byKey = new Map(observations.map((o) => [cellKey(o.indicator, o.disaggregation), o]));
  const checks = indexPlausibility(plausibility);
  const year = plausibility?.year;
  return grid.sections
    .map((section) => ({
      code: section.code,
      label: section.label,
      rows: section.rows.flatMap((row) =>
        grid.columns.flatMap((column, index): ReviewRow[] => {
          const key = cellKey(row.indicator.code, column.disaggregation);
          const observation = byKey.get(key);
          if (!row.hasCell[index] || !observation) return [];
          const check = checks.get(key);
          const lastYear =
            check?.history.find((h) => year !== undefined && h.year === year - 1)?.value ?? null;
          const change =
            observation.value !== null && lastYear !== null ? observation.value - lastYear : null;
          return [
            {
              key,
              indicator: row.indicator,
              column,
              disaggregation: column.disaggregation,
              value: observation.value,
              status: observation.status,
              note: observation.comment,
              lastYear,
              change,
              changePercent:
                change !== null && lastYear !== 0 && lastYear !== null
                  ? (change / Math.abs(lastYear)) * 100
                  : null,
              warnings: check?.check?.warnings ?? [],
            },
          ];
        }),
      ),
    }))
    .filter((section) => section.rows.length > 0);
}

/** Submitted reports, the longest waiting first. */
export function queueOrder(rows: readonly CycleConsoleRow[]): CycleConsoleRow[] {
  return [...rows].sort((a, b) => (a.updatedAt ?? '\uffff').localeCompare(b.updatedAt ?? '\uffff'));
}
