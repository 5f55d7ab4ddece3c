import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { NotAvailable } from '../ui/NotAvailable';
import {
  chartTableCsv,
  isMarkedValue,
  type ChartTable,
  type ChartTableRow,
  type TableCell,
} from './chart-table';
import { downloadCsv } from './csv';
import { DataTable } from './DataTable';
import './charts.css';

interface ChartTableViewProps {
  table: ChartTable;
  /** File name of the CSV, without extension. */
  fileName: string;
  /** The table is `<testId>`, its CSV button `<testId>-csv`. */
  testId: string;
  /** Extra buttons next to "Download CSV" (e.g. the chart's PNG). */
  actions?: ReactNode;
  /** Background of a cell, e.g. a heat scale; the number in it stays the cue. */
  cellStyle?: (row: ChartTableRow, columnIndex: number) => CSSProperties | undefined;
}

/** A chart's data as a table, with missing values marked as missing, and its CSV download. */
export function ChartTableView({ table, fileName, testId, actions, cellStyle }: ChartTableViewProps) {
  const { t } = useTranslation();
  const format = useFormat();

  const cell = (row: ChartTableRow, value: TableCell, index: number): ReactNode => {
    const column = table.columns[index];
    const shown = isMarkedValue(value) ? value.value : value;
    const text =
      shown === null ? (
        <NotAvailable label={t('charts.missing')} />
      ) : typeof shown === 'number' && column?.kind !== 'year' ? (
        format.number(shown, column?.decimals)
      ) : (
        shown
      );
    const content = isMarkedValue(value) ? (
      <>
        <span className="table-mark" aria-hidden="true">
          {value.mark}
        </span>{' '}
        {text}
      </>
    ) : (
      text
    );
    const style = cellStyle?.(row, index);
    return style ? (
      <span className="table-cell-fill" style={style}>
        {content}
      </span>
    ) : (
      content
    );
  };
  const hasMissing = table.rows.some((row) =>
    row.cells.some((value) => (isMarkedValue(value) ? value.value : value) === null),
  );

  return (
    <div className="chart-table">
      <DataTable
        caption={table.caption}
        testId={testId}
        rowHeader={table.rowHeader}
        columns={table.columns.map((column) => ({
          key: column.key,
          header: column.header,
          numeric: column.kind !== 'text',
        }))}
        rows={table.rows.map((row) => ({
          key: row.key,
          header: row.header,
          cells: row.cells.map((value, index) => cell(row, value, index)),
        }))}
      />
      {hasMissing && (
        <p className="chart-table__note">
          <span aria-hidden="true">–</span> {t('charts.missingExplained')}
        </p>
      )}
      <p className="actions">
        <button
          type="button"
          className="button button--secondary"
          data-testid={`${testId}-csv`}
          onClick={() => downloadCsv(fileName, chartTableCsv(table))}
        >
          <span aria-hidden="true">⤓ </span>
          {t('charts.downloadCsv')}
        </button>
        {actions}
      </p>
    </div>
  );
}
