import { useId, type ReactNode } from 'react';

export interface DataTableColumn {
  key: string;
  header: ReactNode;
  /** Right-aligns the column, for numbers. */
  numeric?: boolean;
}

export interface DataTableRow {
  key: string;
  /** The row header (first column), e.g. the year. */
  header: ReactNode;
  cells: ReactNode[];
}

interface DataTableProps {
  /** What the table shows; its caption, and the name of its scroll area. */
  caption: string;
  /** Header of the first column (the row headers). */
  rowHeader: ReactNode;
  columns: DataTableColumn[];
  rows: DataTableRow[];
  testId?: string;
}

/**
 * A data table with column and row headers. It scrolls sideways on narrow screens (the scroll
 * area can be reached with the keyboard) while its title stays in view above it.
 */
export function DataTable({ caption, rowHeader, columns, rows, testId }: DataTableProps) {
  const titleId = useId();
  return (
    <div className="data-table-block">
      <p className="data-table__title" id={titleId} aria-hidden="true">
        {caption}
      </p>
      <div className="table-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="data-table" data-testid={testId}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, index) => (
                  <td
                    key={columns[index]?.key ?? index}
                    className={columns[index]?.numeric ? 'numeric' : undefined}
                  >
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
