import type { CsvCell } from '@lcm/domain';

/** A value in a chart's data table: a number, a text, or `null` for no value (shown as missing, never 0). */
export type TableValue = number | string | null;

/** A value with a mark shown before it (an arrow, a shape): decoration for the eye, left out of the CSV. */
export interface MarkedValue {
  value: TableValue;
  mark: string;
}

export type TableCell = TableValue | MarkedValue;

export interface ChartTableColumn {
  key: string;
  header: string;
  /** `number` (the default): right-aligned, with `decimals`; `year`: a year, without digit grouping; `text`. */
  kind?: 'number' | 'year' | 'text';
  /** Decimals a number is shown (and exported) with; up to two when left out. */
  decimals?: number;
}

export interface ChartTableRow {
  key: string;
  /** The row header (first column), e.g. the city or the year. */
  header: string | number;
  /** One cell per column, in column order. */
  cells: TableCell[];
}

/** The data behind a chart, as the table under it and as its CSV: the same rows, in the same order. */
export interface ChartTable {
  caption: string;
  rowHeader: string;
  columns: ChartTableColumn[];
  rows: ChartTableRow[];
}

export function isMarkedValue(cell: TableCell): cell is MarkedValue {
  return typeof cell === 'object' && cell !== null;
}

export function cellValue(cell: TableCell): TableValue {
  return isMarkedValue(cell) ? cell.value : cell;
}

/** A number rounded as the table shows it, so that the CSV holds what the reader saw. */
function rounded(value: TableValue, decimals: number | undefined): TableValue {
  if (typeof value !== 'number' || decimals === undefined) return value;
  return Number(value.toFixed(decimals));
}

/**
 * The table as CSV rows: a header row, then the rows. Numbers stay numbers (rounded as shown),
 * missing values stay empty cells, marks are left out.
 */
export function chartTableCsv(table: ChartTable): CsvCell[][] {
  return [
    [table.rowHeader, ...table.columns.map((column) => column.header)],
    ...table.rows.map((row): CsvCell[] => [
      row.header,
      ...row.cells.map((cell, index) => rounded(cellValue(cell), table.columns[index]?.decimals)),
    ]),
  ];
}
