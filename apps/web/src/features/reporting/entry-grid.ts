import {
  TOTAL_CODE,
  type DimensionCode,
  type DimensionDto,
  type Disaggregation,
  type IndicatorDto,
} from '@lcm/contracts';
import { disaggregationKey } from '@lcm/domain';
import type { IndicatorGroup } from '../city/indicator-groups';

/** Breakdown columns left to right, after the total: the inclusion gaps officials report most first. */
const COLUMN_DIMENSIONS: readonly DimensionCode[] = ['SEX', 'URBANISATION', 'DISABILITY_STATUS', 'AGE'];

export interface GridColumn {
  /** Disaggregation key: `total`, `SEX=F`, … */
  key: string;
  /** Null for the total. */
  dimension: DimensionCode | null;
  code: string | null;
  disaggregation: Disaggregation;
}

export interface GridRow {
  indicator: IndicatorDto;
  /** Position among all rows of the grid, across sections. */
  index: number;
  /** Per column: whether the indicator is reported for that breakdown. */
  hasCell: boolean[];
}

export interface GridSection {
  /** Framework node code (a Key Features area), or `other`. */
  code: string;
  label: string;
  rows: GridRow[];
}

export interface EntryGrid {
  columns: GridColumn[];
  sections: GridSection[];
  /** Every row, in display order. */
  rows: GridRow[];
}

export interface GridPosition {
  row: number;
  column: number;
}

export type GridMove = 'up' | 'down' | 'left' | 'right';

/** The address of one value: indicator and disaggregation key, e.g. `SDG_4_3_1|SEX=F`. */
export function cellKey(indicator: string, disaggregation: Disaggregation | undefined): string {
  return `${indicator}|${disaggregationKey(disaggregation)}`;
}

export function parseCellKey(key: string): { indicator: string; disaggregation: Disaggregation } {
  const bar = key.indexOf('|');
  const indicator = key.slice(0, bar);
  const breakdown = key.slice(bar + 1);
  const disaggregation: Disaggregation = {};
  if (breakdown !== 'total') {
    for (const pair of breakdown.split(';')) {
      const [dimension, code] = pair.split('=') as [DimensionCode, string];
      disaggregation[dimension] = code;
    }
  }
  return { indicator, disaggregation };
}

/**
 * Rows are indicators, grouped by Key Features area; columns are the total and one breakdown each
 * (women, men, urban, rural, …), shown only when some indicator of the grid is reported by it.
 */
export function buildEntryGrid(
  groups: readonly IndicatorGroup[],
  dimensions: readonly DimensionDto[],
): EntryGrid {
  const used = new Set(groups.flatMap((g) => g.indicators.flatMap((i) => i.dimensions)));
  const columns: GridColumn[] = [{ key: 'total', dimension: null, code: null, disaggregation: {} }];
  for (const dimension of COLUMN_DIMENSIONS) {
    if (!used.has(dimension)) continue;
    const codes = dimensions.find((d) => d.code === dimension)?.values.map((v) => v.code) ?? [];
    for (const code of codes.filter((c) => c !== TOTAL_CODE)) {
      const disaggregation: Disaggregation = { [dimension]: code };
      columns.push({ key: disaggregationKey(disaggregation), dimension, code, disaggregation });
    }
  }

  const rows: GridRow[] = [];
  const sections = groups.map((group) => ({
    code: group.code,
    label: group.label,
    rows: group.indicators.map((indicator) => {
      const row: GridRow = {
        indicator,
        index: rows.length,
        hasCell: columns.map((c) => c.dimension === null || indicator.dimensions.includes(c.dimension)),
      };
      rows.push(row);
      return row;
    }),
  }));
  return { columns, sections, rows };
}

/**
 * Where the focus goes from a cell: up and down to the nearest row with a cell in the same column,
 * left and right to the nearest cell of the same row. Null at the edge (the focus stays).
 */
export function moveInGrid(grid: EntryGrid, from: GridPosition, move: GridMove): GridPosition | null {
  const has = (row: number, column: number) => grid.rows[row]?.hasCell[column] === true;
  const step = move === 'up' || move === 'left' ? -1 : 1;
  if (move === 'up' || move === 'down') {
    for (let row = from.row + step; row >= 0 && row < grid.rows.length; row += step) {
      if (has(row, from.column)) return { row, column: from.column };
    }
    return null;
  }
  for (let column = from.column + step; column >= 0 && column < grid.columns.length; column += step) {
    if (has(from.row, column)) return { row: from.row, column };
  }
  return null;
}
